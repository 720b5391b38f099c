using System.Text.Json;
using System.Xml.Linq;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>Issue 25, part 2: corrections, updates, clarifications and retractions of a brief.</summary>
public sealed class UpdatesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Site = Sites.Person + """

        -- content/briefs/2026-01-10-talks.md --
        ---
        title: Talks resume
        date: 2026-01-10
        updates:
          - { date: 2026-01-11, kind: update, text: Talks moved to Geneva. }
          - { date: 2026-01-12, kind: correction, text: "The talks began on Saturday, not Friday." }
          - { date: 2026-01-12, kind: clarification, text: Geneva hosts only the technical teams. }
        ---
        The talks resume.
        -- content/briefs/2026-01-05-claim.md --
        ---
        title: A claim that did not hold
        date: 2026-01-05
        updates:
          - { date: 2026-01-08, kind: correction, text: The figure was 40 not 14. }
          - { date: 2026-01-20, kind: retraction, text: The brief rested on a forged letter. }
        ---
        The claim.
        -- content/briefs/2026-01-01-plain.md --
        ---
        title: Never changed
        date: 2026-01-01
        ---
        Plain.
        """;

    [Fact]
    public void A_brief_shows_updated_under_its_date_and_every_update_at_its_end_each_with_its_own_anchor()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var page = built.Parse("briefs/talks/index.html");
        Assert.Equal("Updated 12 January 2026", page.QuerySelector(".brief-header .updated")?.TextContent);
        Assert.Equal("2026-01-12", page.QuerySelector(".brief-header .updated time")?.GetAttribute("datetime"));
        var items = page.QuerySelectorAll(".brief-updates li").ToList();
        Assert.Equal(["update-2026-01-11", "update-2026-01-12", "update-2026-01-12-2"], items.Select(i => i.Id));
        Assert.Equal(["is-update", "is-correction", "is-clarification"], items.Select(i => i.ClassList[1]));
        Assert.Equal(["Update", "Correction", "Clarification"], items.Select(i => i.QuerySelector(".update-kind")?.TextContent));
        Assert.Equal("The talks began on Saturday, not Friday.", items[1].QuerySelectorAll("p")[1].TextContent);
        Assert.Null(page.QuerySelector(".notice-retraction"));

        var plain = built.Parse("briefs/plain/index.html");
        Assert.Null(plain.QuerySelector(".updated"));
        Assert.Null(plain.QuerySelector(".brief-updates"));
    }

    [Fact]
    public void A_retraction_puts_a_notice_above_the_body_and_marks_the_brief_in_lists()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var page = built.Parse("briefs/claim/index.html");
        var notice = page.QuerySelector(".brief-main > .notice-retraction");
        Assert.NotNull(notice);
        Assert.Same(notice, page.QuerySelector(".brief-main")!.FirstElementChild);
        Assert.Equal("Retracted 20 January 2026. The brief rested on a forged letter. See the record of changes.", notice!.TextContent.Trim());
        Assert.Equal("#update-2026-01-20", notice.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Retracted", built.Parse("index.html").QuerySelectorAll(".brief-card").Single(c => c.TextContent.Contains("did not hold")).QuerySelector(".retracted")?.TextContent);
    }

    [Fact]
    public void Json_ld_gets_date_modified_and_a_correction_comment_for_each_correction_and_retraction()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        using var talks = JsonDocument.Parse(built.Parse("briefs/talks/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2026-01-12", talks.RootElement.GetProperty("dateModified").GetString());
        var correction = Assert.Single(talks.RootElement.GetProperty("correction").EnumerateArray());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal("https://example.org/test/briefs/talks/#update-2026-01-12", correction.GetProperty("url").GetString());
        Assert.Equal("The talks began on Saturday, not Friday.", correction.GetProperty("text").GetString());

        using var claim = JsonDocument.Parse(built.Parse("briefs/claim/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(["The figure was 40 not 14.", "Retraction: The brief rested on a forged letter."],
            claim.RootElement.GetProperty("correction").EnumerateArray().Select(c => c.GetProperty("text").GetString()));

        using var plain = JsonDocument.Parse(built.Parse("briefs/plain/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(plain.RootElement.TryGetProperty("dateModified", out _));
        Assert.False(plain.RootElement.TryGetProperty("correction", out _));
    }

    [Fact]
    public void The_corrections_page_and_its_feed_list_every_correction_and_retraction_newest_first()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var page = built.Parse("corrections/index.html");
        var items = page.QuerySelectorAll(".correction-list > li").ToList();
        Assert.Equal(["Retraction", "Correction", "Correction"], items.Select(i => i.QuerySelector(".update-kind")?.TextContent));
        Assert.Equal(["../briefs/claim/index.html#update-2026-01-20", "../briefs/talks/index.html#update-2026-01-12", "../briefs/claim/index.html#update-2026-01-08"],
            items.Select(i => i.QuerySelector(".correction-brief a")?.GetAttribute("href")));
        Assert.Equal("feed.xml", page.QuerySelector("link[rel=alternate][title^=Corrections]")?.GetAttribute("href"));

        var feed = XDocument.Parse(built.Read("corrections/feed.xml"));
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal("2026-01-20T00:00:00Z", feed.Root.Element(Atom + "updated")?.Value);
        var entries = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(["Retraction: A claim that did not hold", "Correction: Talks resume", "Correction: A claim that did not hold"], entries.Select(e => e.Element(Atom + "title")?.Value));
        Assert.Equal(["https://example.org/test/briefs/claim/#update-2026-01-20", "https://example.org/test/briefs/talks/#update-2026-01-12", "https://example.org/test/briefs/claim/#update-2026-01-08"],
            entries.Select(e => e.Element(Atom + "id")?.Value));
        Assert.Equal("2026-01-20T00:00:00Z", entries[0].Element(Atom + "updated")?.Value);
        Assert.Contains("https://example.org/test/corrections/", built.Read("sitemap.xml"));
    }

    [Fact]
    public void The_site_feed_and_the_api_carry_the_updates()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var entry = XDocument.Parse(built.Read("feed.xml")).Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")?.Value == "Talks resume");
        Assert.Equal("2026-01-10T00:00:00Z", entry.Element(Atom + "published")?.Value);
        Assert.Equal("2026-01-12T00:00:00Z", entry.Element(Atom + "updated")?.Value);

        using var api = JsonDocument.Parse(built.Read("api/briefs.json"));
        var briefs = api.RootElement.GetProperty("briefs").EnumerateArray().ToDictionary(b => b.GetProperty("slug").GetString()!);
        Assert.Equal("2026-01-12", briefs["talks"].GetProperty("updated").GetString());
        Assert.Equal(["update", "correction", "clarification"], briefs["talks"].GetProperty("updates").EnumerateArray().Select(u => u.GetProperty("kind").GetString()));
        Assert.Equal(JsonValueKind.Null, briefs["plain"].GetProperty("updated").ValueKind);
        Assert.Equal(0, briefs["plain"].GetProperty("updates").GetArrayLength());
    }

    [Fact]
    public void An_update_dated_before_the_brief_an_unknown_kind_and_a_missing_text_are_reported_where_they_stand()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + """

            updates:
              - date: 2025-12-01
                kind: correction
                text: Too early.
              - { date: 2025-12-16, kind: corection, text: Misspelt. }
              - { date: 2025-12-16, kind: update }
            """));

        var analysis = site.Analyze();

        Assert.Contains("update dated 2025-12-01 is before the brief's date 2025-12-15; an update can only follow the brief",
            analysis.Single(Codes.DateBeforeBrief, "content/briefs/2025-12-15-x.md", 6, 11).Message);
        Assert.Equal("unknown kind of update 'corection'; did you mean 'correction'? (one of: correction, update, clarification, retraction)",
            analysis.Single(Codes.InvalidValue, "content/briefs/2025-12-15-x.md", 9, 31).Message);
        Assert.Equal("missing required field 'text'", analysis.Single(Codes.MissingField, "content/briefs/2025-12-15-x.md", 10, 5).Message);
    }
}
