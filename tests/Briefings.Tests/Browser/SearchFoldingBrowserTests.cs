using System.Text;
using Briefings.Outputs.Search;
using Briefings.Tests.Search;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// Issue 19: the search page folds what a reader types exactly as the tool folded the text it indexed, so an
/// accented, Cyrillic or Georgian word is found as itself, not only through typo tolerance.
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class SearchFoldingBrowserTests
{
    [SkippableFact]
    public async Task The_search_page_makes_the_terms_of_every_shared_case()
    {
        await OnSearchPage(SampleSite.Built.Output, async page =>
        {
            foreach (var (text, terms) in FoldingCases.All)
            {
                Assert.Equal(terms, await page.EvaluateAsync<string[]>("text => window.briefingsSearch.terms(text)", text));
            }
        });
    }

    /// <summary>
    /// Every code point, inside a word and ending one after capitals, made into terms by the page and by the tool: compared
    /// as a hash per block of 4,096 code points, and a differing block code point by code point.
    /// </summary>
    [SkippableFact]
    public async Task Every_code_point_makes_the_same_terms_in_the_browser_as_in_the_index()
    {
        await OnSearchPage(SampleSite.Built.Output, async page =>
        {
            var browser = await page.EvaluateAsync<long[]>($"() => {{ {Lines} const hashes = []; for (let b = 0; b < {Blocks}; b++) {{ let h = 0x811c9dc5; for (const line of lines(b)) for (let i = 0; i < line.length; i++) {{ h ^= line.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }} hashes.push(h); }} return hashes; }}");
            var differing = Enumerable.Range(0, Blocks).Where(b => browser[b] != Hash(ToolLines(b))).ToList();
            if (differing.Count == 0)
            {
                return;
            }

            var report = new StringBuilder($"{differing.Count} blocks differ (table made with Unicode {FoldTable.UnicodeVersion}); " +
                "if the browser's fold changed, run `node src/Briefings/Outputs/Search/FoldTable.mjs`. First differences:\n");
            var inBrowser = await page.EvaluateAsync<string[]>($"b => {{ {Lines} return lines(b); }}", differing[0]);
            foreach (var (mine, theirs) in ToolLines(differing[0]).Zip(inBrowser).Where(p => p.First != p.Second).Take(10))
            {
                report.Append($"  tool {mine.TrimEnd()}  browser {theirs.TrimEnd()}\n");
            }

            Assert.Fail(report.ToString());
        });
    }

    [SkippableFact]
    public async Task Elysee_and_Zelenskyi_are_found_by_exact_match_ahead_of_their_typo_neighbours()
    {
        using var site = TestSite.Create("""
            -- content/people/володимир-зеленський.md --
            ---
            name: Володимир Зеленський
            ---
            Президент України.
            -- content/people/олена-зеленська.md --
            ---
            name: Олена Зеленська
            ---
            -- content/people/elyse-martin.md --
            ---
            name: Élyse Martin
            ---
            -- content/briefs/2026-01-06-talks.md --
            ---
            title: Talks at the Élysée
            date: 2026-01-06
            ---
            Leaders met at the Élysée Palace.
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        await OnSearchPage(built.Output, async page =>
        {
            Assert.Equal(("exact", "briefs/talks/"), await First(page, "Élysée"));
            Assert.Equal(("exact", "people/%D0%B2%D0%BE%D0%BB%D0%BE%D0%B4%D0%B8%D0%BC%D0%B8%D1%80-%D0%B7%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9/"),
                await First(page, "«Зеленський»"));
            // The neighbours are still found, as typos, and after: typo tolerance is unchanged.
            Assert.Contains("typo", await page.Locator("#search-results li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.match)"));
        });
    }

    private static async Task<(string? Match, string? Url)> First(IPage page, string query)
    {
        await page.Locator("#search-query").FillAsync(query);
        // Results come once the chunks they need have loaded; until then the last query's stay.
        await page.WaitForFunctionAsync("q => document.getElementById('search-status').textContent.includes(q)", query);
        var first = page.Locator("#search-results li").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var href = await first.Locator("a").GetAttributeAsync("href");
        var url = href is null ? null : new Uri(new Uri(page.Url), href).AbsolutePath.Replace("/x/briefings/", "").Replace("index.html", "");
        return (await first.GetAttributeAsync("data-match"), url);
    }

    private const int Blocks = 0x110;

    /// <summary>The lines of one block in the browser, as <see cref="ToolLines"/> makes them in the tool.</summary>
    private const string Lines = """
        const lines = b => { const out = []; const terms = window.briefingsSearch.terms;
          for (let cp = b * 4096; cp < (b + 1) * 4096; cp++) { if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            const x = String.fromCodePoint(cp); out.push(cp + ":" + terms("ab" + x + "cd").join(",") + "|" + terms("AB" + x).join(",") + "\n"); }
          return out; };
        """;

    private static List<string> ToolLines(int block)
    {
        var lines = new List<string>(4096);
        for (var cp = block * 4096; cp < (block + 1) * 4096; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var x = char.ConvertFromUtf32(cp);
            lines.Add($"{cp}:{string.Join(',', SearchTokenizer.Terms("ab" + x + "cd"))}|{string.Join(',', SearchTokenizer.Terms("AB" + x))}\n");
        }

        return lines;
    }

    /// <summary>FNV-1a over the UTF-16 code units, as the browser side computes it.</summary>
    private static long Hash(IEnumerable<string> lines)
    {
        var hash = 0x811c9dc5u;
        foreach (var line in lines)
        {
            foreach (var c in line)
            {
                hash = (hash ^ c) * 0x01000193u;
            }
        }

        return hash;
    }

    private static async Task OnSearchPage(string output, Func<IPage, Task> test)
    {
        using var server = StaticServer.Start(output);
        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            await page.GotoAsync(server.Url + "search/index.html");
            await page.WaitForFunctionAsync("() => window.briefingsSearch !== undefined");
            await test(page);
        }
        finally
        {
            await browser.CloseAsync();
            playwright.Dispose();
        }
    }
}
