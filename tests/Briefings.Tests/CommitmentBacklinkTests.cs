using System.Text.Json;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// A brief that links a commitment in its text without recording an entry for it is on the commitment's page, under
/// "Also mentioned in", with the sentence that links it; api/commitments.json lists every brief that links it.
/// </summary>
public sealed class CommitmentBacklinkTests
{
    /// <summary>
    /// "recorded" records the commitment and links it; three briefs only link it, one of them twice; "unrelated" links
    /// nothing. The second commitment is linked by none.
    /// </summary>
    private static string Site(string config = "")
    {
        var files = new System.Text.StringBuilder(Sites.Person + "\n" + Sites.Countries);
        files.Append("-- content/commitments/uk-troops.md --\n---\ntitle: UK troops\n---\n");
        files.Append("-- content/commitments/uk-aid.md --\n---\ntitle: UK aid\n---\n");
        files.Append("""
            -- content/briefs/2026-01-01-recorded.md --
            ---
            title: Recorded
            date: 2026-01-01
            commitments:
              - { id: uk-troops, by: united-kingdom, text: "Troops for Ukraine", status: offered }
              - { id: uk-aid, by: united-kingdom, text: "Aid for Ukraine", status: pledged }
            ---
            The United Kingdom offered [[uk-troops|troops]].

            """);
        for (var day = 2; day <= 4; day++)
        {
            var link = day == 3 ? "[[uk-troops|the offer]], and later [[uk-troops]] again" : "[[commitments/uk-troops|the offer of troops]]";
            files.Append($"-- content/briefs/2026-01-0{day}-mention-{day}.md --\n---\ntitle: Mention {day}\ndate: 2026-01-0{day}\n---\n");
            files.Append($"Nothing new. Ministers discussed {link} on day {day}. Then they left.\n\n");
        }

        files.Append("-- content/briefs/2026-01-05-unrelated.md --\n---\ntitle: Unrelated\ndate: 2026-01-05\n---\nNo links here.\n");
        if (config.Length > 0)
        {
            files.Append($"-- site.config.yml --\n{config}");
        }

        return files.ToString();
    }

    [Fact]
    public void Every_linking_brief_is_a_backlink_once_newest_first_whether_or_not_it_records_an_entry()
    {
        using var site = TestSite.Create(Site());
        var graph = site.AnalyzeClean().Graph!;

        Assert.Equal(["mention-4", "mention-3", "mention-2", "recorded"], graph.CommitmentsById["uk-troops"].LinkedFrom.Select(b => b.Brief.Slug));
        Assert.Empty(graph.CommitmentsById["uk-aid"].LinkedFrom);
    }

    [Fact]
    public void The_page_lists_the_briefs_that_only_link_it_with_their_sentence_and_the_api_lists_every_backlink()
    {
        using var site = TestSite.Create(Site());
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var page = built.Parse("commitments/uk-troops/index.html");
        Assert.Equal("Also mentioned in", page.QuerySelector("#mentioned-heading")?.TextContent);
        var items = page.QuerySelectorAll(".commitment-mentions .mention-list li");
        Assert.Equal(["../../briefs/mention-4/index.html", "../../briefs/mention-3/index.html", "../../briefs/mention-2/index.html"],
            items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("Ministers discussed <mark>the offer</mark>, and later <mark>UK troops</mark> again on day 3.",
            items[1].QuerySelector(".excerpt")!.InnerHtml);
        // The brief that records an entry is on the timeline, with its own sentence, and not listed again.
        Assert.Single(page.QuerySelectorAll(".timeline-entry"));
        Assert.Null(page.QuerySelector(".commitment-mentions a[href*='recorded']"));
        Assert.Null(built.Parse("commitments/uk-aid/index.html").QuerySelector(".commitment-mentions"));

        using var api = JsonDocument.Parse(built.Read("api/commitments.json"));
        var commitments = api.RootElement.GetProperty("commitments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(["mention-4", "mention-3", "mention-2", "recorded"],
            commitments["uk-troops"].GetProperty("linked_from").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(commitments["uk-aid"].GetProperty("linked_from").EnumerateArray());
    }

    [Fact]
    public void More_than_a_page_of_them_are_whole_at_their_own_url_and_the_sitemap_dates_the_page_by_the_newest()
    {
        using var site = TestSite.Create(Site(TestSite.DefaultConfig + "paginate: 2\n"));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var page = built.Parse("commitments/uk-troops/index.html");
        Assert.Equal(2, page.QuerySelectorAll(".commitment-mentions .mention-list li").Length);
        var more = page.QuerySelector(".commitment-mentions a.more")!;
        Assert.Equal("../../commitments/uk-troops/mentions/index.html", more.GetAttribute("href"));
        Assert.Equal("All 3 briefs that mention it", more.TextContent);

        var listed = built.Parse("commitments/uk-troops/mentions/index.html").QuerySelectorAll(".mention-list li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(2, listed.Count);
        Assert.Contains("../../../briefs/mention-4/index.html", listed);
        Assert.Contains("<lastmod>2026-01-04</lastmod>", built.Read("sitemap.xml")
            .Split("</url>").Single(u => u.Contains("/commitments/uk-troops/</loc>", StringComparison.Ordinal)));
    }
}
