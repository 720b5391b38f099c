using Briefings.Tests.Browser;
using Briefings.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Briefings.Tests.Languages;

/// <summary>
/// The Ukrainian test site in a real browser, served from a sub-folder: axe finds nothing serious on its home and
/// brief pages, the page and the English quote each say their language, and search finds a Cyrillic name typed with
/// or without its diacritic and says so in Ukrainian.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class UkrainianBrowserTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Axe_finds_nothing_serious_on_the_Ukrainian_home_and_brief_pages_and_each_says_its_language() =>
        await Browse(async (browser, url) =>
        {
            var found = new List<string>();
            foreach (var path in new[] { "index.html", UkrainianSite.StarmerBrief })
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    var page = await browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
                    await page.GotoAsync(url + path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                    Assert.Equal("uk", await page.Locator("html").GetAttributeAsync("lang"));
                    var results = await page.RunAxe();
                    found.AddRange(results.Violations.SelectMany(v => v.Nodes.Select(n => $"{path} ({scheme}): {v.Impact}: {v.Id}: {v.Help} at {n.Target}")));
                    if (path == UkrainianSite.StarmerBrief)
                    {
                        Assert.Equal("en,none", await page.Locator(".brief-quotes blockquote").EvaluateAllAsync<string>("qs => qs.map(q => q.getAttribute('lang') || 'none').join()"));
                    }

                    await page.CloseAsync();
                }
            }

            TestSummary.Report(output, $"axe: the Ukrainian home and brief pages in light and dark schemes, {found.Count} violations");
            foreach (var line in found)
            {
                output.WriteLine(line);
            }

            Assert.DoesNotContain(found, f => f.Contains(": serious:", StringComparison.Ordinal) || f.Contains(": critical:", StringComparison.Ordinal));
        });

    [SkippableTheory]
    [InlineData("Зеленський")]
    [InlineData("зеленськии")]
    [InlineData("ЗЕЛЕНСЬКИЙ")]
    public async Task Search_finds_a_Cyrillic_name_as_typed_and_reports_it_in_Ukrainian(string query) =>
        await Browse(async (browser, url) =>
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(url + "search/index.html?kind=person&q=" + Uri.EscapeDataString(query));
            var first = page.Locator("#search-results li").First;
            await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
            Assert.Equal("exact", await first.GetAttributeAsync("data-match"));
            Assert.Equal("Особа", await first.Locator(".search-kind").TextContentAsync());
            Assert.Equal("Володимир Зеленський", await first.Locator("a").TextContentAsync());
            Assert.Equal($"1 результат за запитом «{query}» з вибраними фільтрами.", await page.Locator("#search-status").TextContentAsync());
        });

    private static async Task Browse(Func<IBrowser, string, Task> test)
    {
        var site = UkrainianSite.Built;
        using var server = StaticServer.Start(site.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            await test(browser, server.Url);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
