using System.Text.Json;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Tests.Search;
using Briefings.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// The search page's filters on the sample site in a real browser, served from a sub-folder: each filter, alone and
/// with others, without a query and with one, gives the documents the graph says it should, in the order the page
/// promises; the filters live in the URL; the controls work by keyboard and pass axe.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class SearchFilterBrowserTests
{
    public static TheoryData<string> Filters { get; } = new(
        "kind=brief", "kind=quote", "kind=topic", "kind=commitment&status=offered", "speaker=keir-starmer", "kind=quote&speaker=keir-starmer",
        "topic=security-guarantees", "kind=quote&speaker=keir-starmer&topic=security-guarantees", "status=pledged", "kind=commitment",
        "from=2025-12-15", "to=2025-12-14", "from=2025-12-14&to=2025-12-14", "kind=brief&from=2025-12-08&to=2025-12-15&topic=nato-membership",
        "speaker=united-kingdom");

    [SkippableTheory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_without_a_query_lists_its_documents_newest_first_and_with_a_query_ranks_them(string filter)
    {
        await OnPage(async (page, graph) =>
        {
            var state = Parse(filter);
            var expected = Expected(graph, state);
            Assert.NotEmpty(expected);
            Assert.Equal(expected, await Urls(page, state));

            // With a query, the same documents rank as the query ranks them with no filter.
            foreach (var query in new[] { "ukraine", "security guarantees" })
            {
                var unfiltered = await Urls(page, new Dictionary<string, string> { ["q"] = query });
                Assert.Equal(unfiltered.Where(expected.Contains), await Urls(page, new Dictionary<string, string>(state) { ["q"] = query }));
            }
        });
    }

    [SkippableFact]
    public async Task Filters_chosen_on_the_page_go_into_its_url_and_a_shared_url_restores_them()
    {
        await OnPage(async (page, graph) =>
        {
            await page.Locator("#search-filters summary").ClickAsync();
            await page.Locator("#search-speaker option[value='keir-starmer']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
            await page.Locator("#search-kind").SelectOptionAsync("quote");
            await page.Locator("#search-speaker").SelectOptionAsync("keir-starmer");
            await Shown(page, "for the filters chosen");
            var quotes = Expected(graph, new Dictionary<string, string> { ["kind"] = "quote", ["speaker"] = "keir-starmer" });
            // The status line already reads so after the first filter; the list follows the second a moment later.
            await Microsoft.Playwright.Assertions.Expect(page.Locator("#search-results li")).ToHaveCountAsync(quotes.Count);
            Assert.All(await page.Locator("#search-results li").EvaluateAllAsync<string[]>("items => items.map(i => i.className)"), c => Assert.Equal("search-result search-quote", c));
            Assert.Contains("kind=quote", page.Url);
            Assert.Contains("speaker=keir-starmer", page.Url);

            await page.Locator("#search-query").FillAsync("guarantees");
            await Shown(page, "“guarantees” with the filters chosen");
            var shared = page.Url;
            Assert.Contains("q=guarantees", shared);
            Assert.NotEmpty(await page.Locator("#search-results mark").AllTextContentsAsync());
            Assert.All(await page.Locator("#search-results mark").AllTextContentsAsync(), m => Assert.Equal("guarantees", m, ignoreCase: true));

            var other = await page.Context.Browser!.NewPageAsync();
            await other.GotoAsync(shared);
            await Shown(other, "“guarantees” with the filters chosen");
            Assert.True(await other.Locator("#search-filters").EvaluateAsync<bool>("d => d.open"));
            Assert.Equal("quote", await other.Locator("#search-kind").InputValueAsync());
            Assert.Equal("keir-starmer", await other.Locator("#search-speaker").InputValueAsync());
            Assert.Equal(await page.Locator("#search-results").InnerHTMLAsync(), await other.Locator("#search-results").InnerHTMLAsync());

            await other.Locator("#search-clear").ClickAsync();
            await Shown(other, "results for “guarantees”.");
            Assert.DoesNotContain("speaker=", other.Url);
        });
    }

    [SkippableFact]
    public async Task Filters_and_more_results_are_reached_and_used_by_keyboard_and_pass_axe()
    {
        await OnPage(async (page, graph) =>
        {
            await page.Locator("#search-query").FocusAsync();
            // Query, Search button, then the filters' summary, which Enter opens.
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("SUMMARY", await page.EvaluateAsync<string>("document.activeElement.tagName"));
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("search-kind", await page.EvaluateAsync<string>("document.activeElement.id"));
            for (var i = 0; i < 4; i++)
            {
                await page.Keyboard.PressAsync("Tab");
            }

            Assert.Equal("search-from", await page.EvaluateAsync<string>("document.activeElement.id"));
            await page.Locator("#search-from").FillAsync("2000-01-01");
            await page.Locator("#search-from").DispatchEventAsync("change");
            await Shown(page, "for the filters chosen");
            var all = Expected(graph, new Dictionary<string, string> { ["from"] = "2000-01-01" });
            Assert.True(all.Count > 10, "the sample has more dated documents than a page of results");
            Assert.Equal(10, await page.Locator("#search-results li").CountAsync());
            await page.Locator("#search-more").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#search-results li').length === n", all.Count);
            Assert.Equal(await page.Locator("#search-results li").Nth(10).Locator("a").GetAttributeAsync("href"),
                await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
            Assert.True(await page.Locator("#search-more").IsHiddenAsync());

            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
                var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}").ToList();
                Assert.True(serious.Count == 0, string.Join("\n", serious));
            }
        });
    }

    [SkippableFact]
    public async Task Content_with_markup_is_shown_as_text_with_its_matches_marked()
    {
        using var site = TestSite.Create("""
            -- content/briefs/2026-01-06-markup.md --
            ---
            title: "Budget <img src=x onerror=\"window.injected=1\"> & <b>cuts</b>"
            date: 2026-01-06
            summary: "A summary with <script>window.injected=2</script> in it and the budget."
            ---
            The budget was cut.
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        using var server = StaticServer.Start(built.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.Url + "search/index.html?q=budget");
            await Shown(page, "for “budget”");
            Assert.Equal(0, await page.Locator("#search-results img, #search-results script, #search-results b").CountAsync());
            Assert.Null(await page.EvaluateAsync<int?>("window.injected"));
            var link = page.Locator("#search-results a").First;
            Assert.Equal("Budget <img src=x onerror=\"window.injected=1\"> & <b>cuts</b>", await link.TextContentAsync());
            Assert.Equal("Budget", await link.Locator("mark").TextContentAsync());
            Assert.Contains("<script>window.injected=2</script>", await page.Locator("#search-results .search-excerpt").First.TextContentAsync());
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static async Task OnPage(Func<IPage, ContentGraph, Task> test)
    {
        using var server = StaticServer.Start(SampleSite.Built.Output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.Url + "search/index.html");
            await page.WaitForFunctionAsync("() => window.briefingsSearch !== undefined");
            await test(page, SampleSite.Built.Result.Graph!);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }

    private static async Task Shown(IPage page, string status)
    {
        await page.WaitForFunctionAsync("s => document.getElementById('search-status').textContent.includes(s)", status);
        // The result line is not the status filter: writing it leaves the filter's eight options in place.
        Assert.Equal(8, await page.Locator("select[name=status] option").CountAsync());
    }

    private static async Task<List<string>> Urls(IPage page, IReadOnlyDictionary<string, string> state)
    {
        var results = await page.EvaluateAsync<JsonElement>("state => window.briefingsSearch.results(state)", state);
        return results.EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToList();
    }

    private static Dictionary<string, string> Parse(string filter) =>
        filter.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

    /// <summary>
    /// What the filters should give, worked out from the graph: speakers, topics, statuses and dates as a reader reads
    /// them on the site's pages, in the index's order (topics, people, organizations, briefs, quotes, commitments; each
    /// dated kind newest first).
    /// </summary>
    private static List<string> Expected(ContentGraph graph, IReadOnlyDictionary<string, string> state)
    {
        string? Get(string name) => state.TryGetValue(name, out var value) ? value : null;
        var (kind, speaker, topic, status) = (Get("kind"), Get("speaker"), Get("topic"), Get("status"));
        var from = Get("from") is { } f ? DateOnly.Parse(f, System.Globalization.CultureInfo.InvariantCulture) : DateOnly.MinValue;
        var to = Get("to") is { } t ? DateOnly.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : DateOnly.MaxValue;
        var dated = Get("from") is not null || Get("to") is not null;
        var undated = speaker is null && topic is null && status is null && !dated;
        bool InRange(DateOnly date) => date >= from && date <= to;

        var all = new List<(string Kind, string Url, bool Matches)>();
        all.AddRange(graph.Topics.Select(x => ("topic", x.Key.Url, undated)));
        all.AddRange(graph.People.Select(x => ("person", x.Url, undated)));
        all.AddRange(graph.Organizations.Select(x => ("organization", x.Url, undated)));
        all.AddRange(graph.Briefs.Select(b => ("brief", b.Url, status is null && InRange(b.Brief.Date)
            && (speaker is null || b.Speakers.Any(s => s.Person.Id == speaker)) && (topic is null || b.Topics.Any(x => x.Id == topic)))));
        all.AddRange(graph.Briefs.SelectMany(b => b.Brief.Quotes.Select((q, i) => ("quote", $"{b.Url}#{BriefNode.QuoteAnchor(i)}", status is null && InRange(b.Brief.Date)
            && (speaker is null || q.By.Id == speaker) && (topic is null || b.Topics.Any(x => x.Id == topic))))));
        all.AddRange(graph.Commitments.OrderByDescending(c => c.Current.Date).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => ("commitment", c.Key.Url,
            InRange(c.Current.Date) && (speaker is null || c.By.Id == speaker) && (status is null || c.CurrentStatus.Slug() == status)
            && (topic is null || c.Timeline.Any(e => e.Brief.Topics.Any(x => x.Id == topic))))));
        return all.Where(d => d.Matches && (kind is null || d.Kind == kind)).Select(d => d.Url).ToList();
    }
}
