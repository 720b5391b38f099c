using System.Text.Json;
using Briefings.Outputs.Search;
using Briefings.Tests.Search;
using Briefings.Tests.Support;
using Microsoft.Playwright;

namespace Briefings.Tests.Browser;

/// <summary>
/// The differential test of the split index: on the sample site, with chunks made tiny so that its index spans a
/// hundred of them, the page ranks every query exactly as the search before the split (ReferenceSearch.js) ranks it
/// over one index of the same documents made the simple way (<see cref="SingleSearchIndex"/>).
/// </summary>
[Trait("Category", "Slow")]
[Collection(BrowserCollection.Name)]
public sealed class SearchChunksBrowserTests(SearchChunksSite fixture) : IClassFixture<SearchChunksSite>
{
    /// <summary>
    /// Words whole and in part, several at once, misspelt at the start (found through the vocabulary by last letter), at
    /// both ends of a long word (by second letter), in the middle, and stop words alone.
    /// </summary>
    private static readonly string[] QueryList =
    [
        "zelensky", "zelenskyy", "starmer", "Keir Starmer", "security guarantees", "securty garantees", "guarentees",
        "kuaranteed", "xecurity", "ecurity", "securit", "na", "eur", "nato", "fundamental European sovereignty",
        "putin dragging negotiations", "macron merz", "troops ukraine", "coalition of the willing", "mi6", "2025",
        "robust guarentees for ukrane", "peace deal fail", "article 5", "the", "élysée", "ZELENSKYY", "berlin talks productive",
        "intelligence assessments", "enduring support", "qqqqqq", "wash",
        "ukraine", "security", "minister", "president", "peace", "european", "support", "talks", "guarantees", "ukrain", "minster",
    ];

    /// <summary>Filters with the one-word queries whose first page the page may show before the whole ranking.</summary>
    private static readonly (string Query, string Kind)[] Filtered =
    [
        ("ukraine", "brief"), ("ukraine", "quote"), ("security", "person"), ("peace", "commitment"), ("president", "brief"),
    ];

    public static TheoryData<string> Queries { get; } = new(QueryList);

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public async Task Chunks_rank_as_one_index_does(string query)
    {
        await fixture.StartAsync();
        var actual = await fixture.Page!.EvaluateAsync<JsonElement>("q => window.briefingsSearch.results({ q })", query);
        var expected = await fixture.Page!.EvaluateAsync<JsonElement>("q => window.referenceSearch(window.referenceIndex, q)", query);
        var got = actual.EnumerateArray().Select(r => (Url: r.GetProperty("url").GetString(), Match: r.GetProperty("match").GetString(), Score: r.GetProperty("score").GetDouble())).ToList();
        var want = expected.EnumerateArray().Select(r => (Url: r.GetProperty("url").GetString(), Match: r.GetProperty("match").GetString(), Score: r.GetProperty("score").GetDouble())).ToList();
        Assert.Equal(want.Select(r => (r.Url, r.Match)), got.Select(r => (r.Url, r.Match)));
        Assert.All(want.Zip(got), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 12));
    }

    /// <summary>
    /// Where the page shows a first page (of three results here, as the sample's lists are short) from the heads of long
    /// lists before the whole ranking, it is the first page of the whole ranking, with the same scores and matches; and the queries include some that show one and some that cannot.
    /// </summary>
    [SkippableFact]
    public async Task A_first_page_shown_early_is_the_first_page_of_the_whole_ranking()
    {
        await fixture.StartAsync();
        var early = 0;
        var searches = QueryList.Select(q => (Query: q, Kind: "")).Concat(Filtered).ToList();
        foreach (var (query, kind) in searches)
        {
            var state = new { q = query, kind };
            var page = await fixture.Page!.EvaluateAsync<JsonElement>("s => window.briefingsSearch.firstPage(s, 3)", state);
            if (page.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            early++;
            var all = await fixture.Page!.EvaluateAsync<JsonElement>("s => window.briefingsSearch.results(s)", state);
            var want = all.EnumerateArray().Take(3).Select(r => (r.GetProperty("url").GetString(), r.GetProperty("match").GetString(), r.GetProperty("score").GetDouble()));
            var got = page.EnumerateArray().Select(r => (r.GetProperty("url").GetString(), r.GetProperty("match").GetString(), r.GetProperty("score").GetDouble()));
            Assert.Equal(want, got);
        }

        Assert.InRange(early, 5, searches.Count - 5);
    }

    [SkippableFact]
    public async Task The_queries_exercise_prefixes_typos_by_every_vocabulary_family_and_empty_results()
    {
        await fixture.StartAsync();
        var matches = new List<string>();
        var empty = 0;
        foreach (var query in QueryList)
        {
            var results = await fixture.Page!.EvaluateAsync<JsonElement>("q => window.referenceSearch(window.referenceIndex, q)", query);
            matches.AddRange(results.EnumerateArray().Select(r => r.GetProperty("match").GetString()!));
            empty += results.GetArrayLength() == 0 ? 1 : 0;
        }

        Assert.Contains("exact", matches);
        Assert.Contains("prefix", matches);
        Assert.Contains("typo", matches);
        Assert.InRange(empty, 1, 3);
        // "kuaranteed" is "guarantees" with both ends changed: found only through the second letter's file.
        var kuaranteed = await fixture.Page!.EvaluateAsync<JsonElement>("q => window.briefingsSearch.results({ q })", "kuaranteed");
        Assert.NotEqual(0, kuaranteed.GetArrayLength());
        Assert.True(fixture.Chunks > 100, $"the index spans {fixture.Chunks} posting chunks");
    }
}
