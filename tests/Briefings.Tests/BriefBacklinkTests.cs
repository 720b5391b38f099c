using System.Text.Json;
using Briefings.Content;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>Issue 19: a brief's page and api/briefs.json list every brief whose body links to it, not only the related ones.</summary>
public sealed class BriefBacklinkTests
{
    /// <summary>Seven briefs link to "target", more than the five related briefs a page shows; one also links to itself.</summary>
    private static string Site()
    {
        var files = new System.Text.StringBuilder("""
            -- content/briefs/2026-01-01-target.md --
            ---
            title: Target
            date: 2026-01-01
            ---
            The first brief links to itself: [[target]].

            """);
        for (var day = 2; day <= 8; day++)
        {
            // Two of them name the kind, one links twice; all on different days but two, which sort by slug.
            var link = day % 2 == 0 ? "[[target]]" : "[[briefs/target|the first brief]] and again [[target]]";
            var date = day == 8 ? 7 : day;
            files.Append($"-- content/briefs/2026-01-0{date}-source-{day}.md --\n---\ntitle: Source {day}\ndate: 2026-01-0{date}\n---\nSee {link}.\n\n");
        }

        files.Append("-- content/briefs/2026-01-09-unlinked.md --\n---\ntitle: Unlinked\ndate: 2026-01-09\n---\nNo links here.\n");
        return files.ToString();
    }

    [Fact]
    public void Every_linking_brief_is_listed_once_newest_first_and_never_the_brief_itself()
    {
        using var site = TestSite.Create(Site());
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal(["source-7", "source-8", "source-6", "source-5", "source-4", "source-3", "source-2"],
            graph.BriefsBySlug["target"].LinkedFrom.Select(b => b.Brief.Slug));
        Assert.Empty(graph.BriefsBySlug["unlinked"].LinkedFrom);
    }

    [Fact]
    public void The_page_and_the_api_list_them_and_related_stays_as_it_was()
    {
        using var site = TestSite.Create(Site());
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var graph = built.Result.Graph!;
        var page = built.Parse("briefs/target/index.html");
        var listed = page.QuerySelectorAll(".aside-linked-from a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(graph.BriefsBySlug["target"].LinkedFrom.Select(b => $"../../{b.Url}index.html"), listed);
        Assert.Equal("Linked from", page.QuerySelector("#linked-from-heading")?.TextContent);
        Assert.Null(built.Parse("briefs/unlinked/index.html").QuerySelector(".aside-linked-from"));

        using var api = JsonDocument.Parse(built.Read("api/briefs.json"));
        var target = api.RootElement.GetProperty("briefs").EnumerateArray().Single(b => b.GetProperty("slug").GetString() == "target");
        Assert.Equal(graph.BriefsBySlug["target"].LinkedFrom.Select(b => b.Brief.Slug), target.GetProperty("linked_from").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(graph.BriefsBySlug["target"].Related.Select(b => b.Brief.Slug), target.GetProperty("related").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void On_the_sample_site_every_brief_lists_exactly_the_briefs_whose_bodies_link_to_it()
    {
        var built = SampleSite.Built;
        var graph = built.Result.Graph!;
        using var api = JsonDocument.Parse(built.Read("api/briefs.json"));
        var fromApi = api.RootElement.GetProperty("briefs").EnumerateArray()
            .ToDictionary(b => b.GetProperty("slug").GetString()!, b => b.GetProperty("linked_from").EnumerateArray().Select(s => s.GetString()!).ToList());
        var anyListed = false;
        foreach (var brief in graph.Briefs)
        {
            // An oracle from the Markdown alone: the briefs whose text holds a [[link]] naming this brief's slug.
            // The build let go of each body's Markdown once rendered; the analysis keeps it.
            var slug = brief.Brief.Slug;
            var expected = SampleSite.Analyze().Graph!.Briefs
                .Where(other => other.Brief.Slug != slug && (other.Brief.Body.Markdown.Contains($"[[{slug}]]", StringComparison.Ordinal) ||
                    other.Brief.Body.Markdown.Contains($"[[{slug}|", StringComparison.Ordinal) ||
                    other.Brief.Body.Markdown.Contains($"[[briefs/{slug}", StringComparison.Ordinal)))
                .Select(other => other.Brief.Slug)
                .ToList();
            anyListed |= expected.Count > 0;
            Assert.Equal(expected, fromApi[slug]);
            var page = built.Parse($"{brief.Url}index.html");
            Assert.Equal(expected.Select(s => $"../../briefs/{s}/index.html"), page.QuerySelectorAll(".aside-linked-from a").Select(a => a.GetAttribute("href")));
        }

        Assert.True(anyListed);
    }

    [Fact]
    public void A_link_to_another_kind_is_no_brief_backlink()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15", "About [[people/keir-starmer]] and [[uk-government]]."));
        var graph = site.AnalyzeClean().Graph!;
        Assert.All(graph.Briefs, b => Assert.Empty(b.LinkedFrom));
        Assert.Contains(new EntityKey(ContentKind.Person, "keir-starmer"), graph.BriefsBySlug["x"].Body.Links);
    }
}
