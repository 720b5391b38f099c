using AngleSharp.Dom;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>Lists that grow with the content, paged two to a page (<c>paginate: 2</c>), on small inline sites.</summary>
public sealed class PaginationTests
{
    private const string Config = "-- site.config.yml --\ntitle: \"Test Briefing\"\nbase_url: \"https://example.org/test/\"\nlanguage: en\npaginate: 2\n";

    /// <summary>Five people; Ana is quoted in all five briefs, three of which are on one topic; commitments in three statuses.</summary>
    private const string Site = Config + """
        -- content/people/ana.md --
        ---
        name: Ana
        ---
        -- content/people/ben.md --
        ---
        name: Ben
        ---
        -- content/people/cy.md --
        ---
        name: Cy
        ---
        -- content/people/dee.md --
        ---
        name: Dee
        ---
        -- content/people/eve.md --
        ---
        name: Eve
        ---
        -- content/briefs/2025-11-20-one.md --
        ---
        title: One
        date: 2025-11-20
        topics: [housing]
        quotes: [{ by: ana, text: "First." }]
        commitments: [{ id: homes, by: ana, text: "Build homes", status: proposed }, { id: roads, by: ben, text: "Fix roads", status: pledged }]
        ---
        -- content/briefs/2025-11-28-two.md --
        ---
        title: Two
        date: 2025-11-28
        quotes: [{ by: ana, text: "Second." }, { by: ben, text: "Only." }]
        commitments: [{ id: homes, by: ana, status: pledged }, { id: parks, by: cy, text: "Open parks", status: pledged }]
        ---
        -- content/briefs/2025-12-01-three.md --
        ---
        title: Three
        date: 2025-12-01
        topics: [housing]
        quotes: [{ by: ana, text: "Third." }]
        commitments: [{ id: homes, by: ana, status: in-progress }, { id: bins, by: dee, text: "Empty bins", status: pledged }]
        ---
        -- content/briefs/2025-12-10-four.md --
        ---
        title: Four
        date: 2025-12-10
        quotes: [{ by: ana, text: "Fourth." }]
        ---
        -- content/briefs/2025-12-15-five.md --
        ---
        title: Five
        date: 2025-12-15
        topics: [housing]
        quotes: [{ by: ana, text: "Fifth." }]
        ---
        """;

    [Fact]
    public void A_long_index_is_paged_with_first_previous_next_and_last_links_and_the_page_number_in_the_title()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var first = built.Parse("people/index.html");
        Assert.Equal("People · Test Briefing", first.Title);
        Assert.Equal(["Ana", "Ben"], Names(first, ".index-list li > a"));
        Assert.Equal(
            [("next", "../people/page/2/index.html"), ("last", "../people/page/3/index.html")],
            PagerLinks(first));
        Assert.Equal("Page 1 of 3", first.QuerySelector(".page-nav [aria-current=page]")!.TextContent);

        var second = built.Parse("people/page/2/index.html");
        Assert.Equal("People, page 2 of 3 · Test Briefing", second.Title);
        Assert.Equal(["Cy", "Dee"], Names(second, ".index-list li > a"));
        Assert.Equal(
            [("first", "../../../people/index.html"), ("prev", "../../../people/index.html"), ("next", "../../../people/page/3/index.html"), ("last", "../../../people/page/3/index.html")],
            PagerLinks(second));
        Assert.Equal("https://example.org/test/people/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var last = built.Parse("people/page/3/index.html");
        Assert.Equal(["Eve"], Names(last, ".index-list li > a"));
        Assert.Equal([("first", "../../../people/index.html"), ("prev", "../../../people/page/2/index.html")], PagerLinks(last));
        Assert.False(File.Exists(Path.Combine(built.Output, "people/page/4/index.html")));
        Assert.False(File.Exists(Path.Combine(built.Output, "people/page/1/index.html")));
    }

    [Fact]
    public void An_entity_page_shows_the_first_items_of_a_long_list_and_links_to_the_whole_list_whose_links_to_briefs_stay_the_same()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var person = built.Parse("people/ana/index.html");
        Assert.Equal(["Fifth.", "Fourth."], Names(person, ".profile-quotes blockquote"));
        Assert.Equal("5", person.QuerySelector("#quotes-heading .count")!.TextContent);
        var more = person.QuerySelector(".profile-quotes a.more")!;
        Assert.Equal(("All 5 quotes", "../../people/ana/quotes/index.html"), (more.TextContent, more.GetAttribute("href")));

        var quotes = built.Parse("people/ana/quotes/index.html");
        Assert.Equal("Quotes by Ana · Test Briefing", quotes.Title);
        Assert.Equal("../../../people/ana/index.html", quotes.QuerySelector(".kicker a")!.GetAttribute("href"));
        Assert.Equal(["Fifth.", "Fourth."], Names(quotes, "blockquote"));

        var third = built.Parse("people/ana/quotes/page/3/index.html");
        Assert.Equal("Quotes by Ana, page 3 of 3 · Test Briefing", third.Title);
        Assert.Equal(["First."], Names(third, "blockquote"));
        Assert.Equal("../../../../../briefs/one/index.html#quote-1", third.QuerySelector("cite a")!.GetAttribute("href"));
        Assert.Equal(
            [("first", "../../../../../people/ana/quotes/index.html"), ("prev", "../../../../../people/ana/quotes/page/2/index.html")],
            PagerLinks(third));
    }

    [Fact]
    public void A_list_that_fits_on_a_page_is_shown_whole_with_no_pages_of_its_own()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var ben = built.Parse("people/ben/index.html");
        Assert.Equal(["Only."], Names(ben, ".profile-quotes blockquote"));
        Assert.Null(ben.QuerySelector("a.more"));
        Assert.Null(ben.QuerySelector(".page-nav"));
        Assert.DoesNotContain(built.Files(), f => f.StartsWith("people/ben/", StringComparison.Ordinal) && f != "people/ben/index.html" && f != "people/ben/feed.xml");
        Assert.Null(built.Parse("organizations/index.html").QuerySelector(".page-nav"));
    }

    [Fact]
    public void A_topic_is_paged_and_every_page_names_the_topics_feed()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var first = built.Parse("topics/housing/index.html");
        Assert.Equal(["Five", "Three"], Names(first, ".brief-card-title a"));
        Assert.Equal("feed.xml", first.QuerySelector("link[type='application/atom+xml'][href='feed.xml']")!.GetAttribute("href"));

        var second = built.Parse("topics/housing/page/2/index.html");
        Assert.Equal("Housing, page 2 of 2 · Test Briefing", second.Title);
        Assert.Equal(["One"], Names(second, ".brief-card-title a"));
        Assert.NotNull(second.QuerySelector("link[type='application/atom+xml'][href='../../feed.xml']"));
        Assert.True(File.Exists(Path.Combine(built.Output, "topics/housing/feed.xml")));
    }

    [Fact]
    public void The_tracker_shows_the_first_commitments_of_each_status_and_the_rest_on_the_status_list()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var tracker = built.Parse("commitments/index.html");
        var pledged = tracker.QuerySelector(".status-group.is-pledged")!;
        Assert.Equal("3", pledged.QuerySelector("h2 .count")!.TextContent);
        Assert.Equal(["Empty bins", "Open parks"], Names(pledged, ".commitment-title"));
        var more = pledged.QuerySelector("a.more")!;
        Assert.Equal(("All 3 pledged commitments", "../commitments/status/pledged/index.html"), (more.TextContent, more.GetAttribute("href")));
        Assert.Null(tracker.QuerySelector(".status-group.is-in-progress a.more"));

        var rest = built.Parse("commitments/status/pledged/page/2/index.html");
        Assert.Equal("Pledged commitments, page 2 of 2 · Test Briefing", rest.Title);
        Assert.Equal(["Fix roads"], Names(rest, ".commitment-title"));
        Assert.False(Directory.Exists(Path.Combine(built.Output, "commitments/status/in-progress")));
    }

    [Fact]
    public void A_long_timeline_shows_its_latest_entries_and_is_whole_oldest_first_on_pages_that_new_entries_do_not_move()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var commitment = built.Parse("commitments/homes/index.html");
        Assert.Equal(["Two", "Three"], Names(commitment, ".timeline-brief a"));
        Assert.Equal("../../commitments/homes/timeline/index.html", commitment.QuerySelector(".commitment-timeline a.more")!.GetAttribute("href"));

        Assert.Equal(["One", "Two"], Names(built.Parse("commitments/homes/timeline/index.html"), ".timeline-brief a"));
        Assert.Equal(["Three"], Names(built.Parse("commitments/homes/timeline/page/2/index.html"), ".timeline-brief a"));
        Assert.Equal("Timeline of Build homes, page 2 of 2 · Test Briefing", built.Parse("commitments/homes/timeline/page/2/index.html").Title);
    }

    [Fact]
    public void The_archive_has_a_page_per_month_linked_newer_and_older_and_a_first_page_of_the_latest_briefs()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var archive = built.Parse("briefs/index.html");
        Assert.Equal(["Five", "Four"], Names(archive, ".brief-card-title a"));
        Assert.Equal(
            [("December", "../briefs/2025/12/index.html"), ("November", "../briefs/2025/11/index.html")],
            archive.QuerySelectorAll(".month-list a").Select(a => (a.TextContent, a.GetAttribute("href")!)));
        Assert.Equal("../briefs/2025/12/index.html", archive.QuerySelector(".month a.more")!.GetAttribute("href"));

        var december = built.Parse("briefs/2025/12/index.html");
        Assert.Equal("Briefs of December 2025 · Test Briefing", december.Title);
        Assert.Equal(["Five", "Four", "Three"], Names(december, ".brief-list a"));
        Assert.Equal([("next", "../../../briefs/2025/11/index.html")], Links(december, ".pager a"));
        var november = built.Parse("briefs/2025/11/index.html");
        Assert.Equal(["Two", "One"], Names(november, ".brief-card-title a"));
        Assert.Equal([("prev", "../../../briefs/2025/12/index.html")], Links(november, ".pager a"));
        Assert.Equal("../../../briefs/one/index.html", november.QuerySelector(".brief-card-title a[href*=one]")!.GetAttribute("href"));
    }

    [Fact]
    public void A_new_brief_moves_no_older_brief_to_another_month_page()
    {
        using var site = TestSite.Create(Site);
        var before = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "before")).Read("briefs/2025/11/index.html");

        site.Write("content/briefs/2025-12-20-six.md", "---\ntitle: Six\ndate: 2025-12-20\n---\n");
        var after = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "after"));

        Assert.Equal(before, after.Read("briefs/2025/11/index.html"));
        Assert.Equal(["Six", "Five", "Four", "Three"], Names(after.Parse("briefs/2025/12/index.html"), ".brief-list a"));
    }

    [Fact]
    public void Every_page_of_every_list_is_in_the_sitemap()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var listed = System.Xml.Linq.XDocument.Parse(built.Read("sitemap.xml")).Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => e.Value["https://example.org/test/".Length..] + "index.html").Order(StringComparer.Ordinal);
        var pages = built.HtmlFiles().Where(f => f != "404.html").Order(StringComparer.Ordinal);

        Assert.Equal(pages, listed);
        Assert.Contains("people/ana/quotes/page/3/index.html", listed);
        Assert.Contains("briefs/2025/11/index.html", listed);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("10001")]
    public void Paginate_out_of_range_is_an_error_at_its_key(string value)
    {
        using var site = TestSite.Create($"-- site.config.yml --\ntitle: \"T\"\npaginate: {value}\n");
        var diagnostic = site.Analyze().Single(Codes.InvalidValue, "site.config.yml", 2, 1);
        Assert.Contains("'paginate' must be between 1 and 10,000", diagnostic.Message);
    }

    private static IReadOnlyList<string> Names(IParentNode node, string selector) =>
        node.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();

    private static IReadOnlyList<(string Rel, string Href)> PagerLinks(IParentNode page) => Links(page, ".page-nav a");

    private static IReadOnlyList<(string Rel, string Href)> Links(IParentNode page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => (a.GetAttribute("rel")!, a.GetAttribute("href")!)).ToList();
}
