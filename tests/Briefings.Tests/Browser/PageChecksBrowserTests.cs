using Briefings.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefings.Tests.Browser;

/// <summary>
/// One page of every type, in a real browser, served over HTTP from a sub-folder: it loads cleanly, axe-core
/// finds nothing serious, and the keyboard reaches everything in the header.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class PageChecksBrowserTests(ServedSampleSite site, ITestOutputHelper output) : IClassFixture<ServedSampleSite>
{
    private const int MaxTabs = 300;

    [SkippableFact]
    public async Task Every_page_type_loads_with_no_console_error_and_no_failed_request()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var problems = new List<string>();
            var requests = 0;
            foreach (var (type, path) in PageTypes.All)
            {
                var page = await browser.NewPageAsync();
                var url = site.Server.Url + path;
                page.Console += (_, message) =>
                {
                    // Chromium logs the deliberate 404 of the missing page's own document as an error too.
                    var deliberate = path == PageTypes.Missing && message.Location.StartsWith(url, StringComparison.Ordinal) &&
                        message.Text.Contains("status of 404", StringComparison.Ordinal);
                    if (message.Type == "error" && !deliberate)
                    {
                        problems.Add($"{type}: console error: {message.Text} at {message.Location}");
                    }
                };
                page.PageError += (_, error) => problems.Add($"{type}: uncaught error: {error}");
                page.RequestFailed += (_, request) => problems.Add($"{type}: request failed: {request.Url} ({request.Failure})");
                page.Response += (_, response) =>
                {
                    Interlocked.Increment(ref requests);
                    var deliberate = path == PageTypes.Missing && response.Url == url && response.Status == 404;
                    if (response.Status >= 400 && !deliberate)
                    {
                        problems.Add($"{type}: HTTP {response.Status} for {response.Url}");
                    }
                };

                var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                Assert.Equal(path == PageTypes.Missing ? 404 : 200, response!.Status);
                Assert.Equal(1, await page.Locator("h1").CountAsync());
                await page.CloseAsync();
            }

            TestSummary.Report(output, $"browser: {PageTypes.All.Count} page types loaded over HTTP from /x/briefings/, {requests} responses, {problems.Count} console errors or failed requests");
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    [SkippableFact]
    public async Task No_page_type_has_a_serious_or_critical_axe_violation()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var found = new List<(string Type, string Impact, string Rule, string Where)>();
            // The stylesheet has a dark scheme of its own, so contrast is checked in both.
            var checks = (from scheme in new[] { ColorScheme.Light, ColorScheme.Dark }
                          from pageType in PageTypes.All
                          select (Type: $"{pageType.Type} ({scheme.ToString().ToLowerInvariant()})", pageType.Path, Scheme: scheme)).ToList();
            foreach (var (type, path, scheme) in checks)
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
                await page.GotoAsync(site.Server.Url + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                var results = await page.RunAxe();
                foreach (var violation in results.Violations)
                {
                    foreach (var node in violation.Nodes)
                    {
                        found.Add((type, violation.Impact ?? "none", $"{violation.Id}: {violation.Help}", $"{node.Target} {node.Html}"));
                    }
                }

                await page.CloseAsync();
            }

            var byImpact = found.GroupBy(v => v.Impact).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
            TestSummary.Report(output, $"axe: {PageTypes.All.Count} page types in light and dark schemes, {checks.Count} pages checked, {found.Count} violations ({string.Join(", ", byImpact.DefaultIfEmpty("none"))})");
            foreach (var v in found)
            {
                output.WriteLine($"{v.Type}: {v.Impact}: {v.Rule} at {v.Where}");
            }

            var serious = found.Where(v => v.Impact is "serious" or "critical").ToList();
            Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Type}: {v.Impact}: {v.Rule} at {v.Where}")));
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    [SkippableFact]
    public async Task Tab_reaches_the_search_box_and_every_navigation_link_on_every_page_type()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var missing = new List<string>();
            foreach (var (type, path) in PageTypes.All)
            {
                var page = await browser.NewPageAsync();
                await page.GotoAsync(site.Server.Url + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                var targets = await page.Locator("header a, nav a").EvaluateAllAsync<string[]>("links => links.map(a => 'a ' + a.href)");
                Assert.Contains(targets, t => t.EndsWith("/search/index.html", StringComparison.Ordinal));
                if (path.StartsWith("search/", StringComparison.Ordinal))
                {
                    targets = [.. targets, "input #search-query"];
                }

                var reached = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < MaxTabs && !targets.All(reached.Contains); i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                    reached.Add(await page.EvaluateAsync<string>(
                        "() => { const e = document.activeElement; return e.tagName === 'A' ? 'a ' + e.href : e.tagName.toLowerCase() + ' #' + e.id; }"));
                }

                missing.AddRange(targets.Where(t => !reached.Contains(t)).Select(t => $"{type}: Tab never reached {t}"));
                await page.CloseAsync();
            }

            TestSummary.Report(output, $"keyboard: {PageTypes.All.Count} page types, Tab reached the search box and every header and navigation link: {(missing.Count == 0 ? "yes" : "no")}");
            Assert.True(missing.Count == 0, string.Join("\n", missing));
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
