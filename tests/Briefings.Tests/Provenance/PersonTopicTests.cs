using Briefings.Tests.Support;

namespace Briefings.Tests.Provenance;

/// <summary>Issue 29, part 3: a page per person and topic they are quoted or named on, what they said there in date order.</summary>
public sealed class PersonTopicTests
{
    private const string Config = "-- site.config.yml --\n" + TestSite.DefaultConfig + "person_topic_pages: true\n";

    private static string Brief(string file, string date, string topics, string quotes, string body) => $"""
        -- content/briefs/{file}.md --
        ---
        title: "{file}"
        date: {date}
        topics: [{topics}]
        speakers: [keir-starmer]
        {quotes}
        ---
        {body}

        """;

    private static string Site(string config = Config) => config + Sites.Person + "\n" +
        Brief("late", "2025-12-20", "defence", "quotes: [{ by: keir-starmer, text: \"Now we spend more.\" }]", "Nothing named.") +
        Brief("early", "2025-12-01", "defence, budget", "", "Keir Starmer said little on defence. The rest was budget.") +
        Brief("speaker-only", "2025-12-10", "defence, health", "", "Nobody is named here.");

    [Fact]
    public void A_pair_with_a_quote_or_a_mention_gets_a_page_listing_both_oldest_first()
    {
        using var site = TestSite.Create(Site());
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var page = built.Parse("people/keir-starmer/topics/defence/index.html");
        Assert.Equal("Keir Starmer on Defence", page.QuerySelector("h1")!.TextContent);
        var items = page.QuerySelectorAll(".person-topic-timeline > li").ToList();
        Assert.Equal(["early", "late"], items.Select(i => i.QuerySelector(".timeline-brief a")!.TextContent));
        Assert.Equal("<mark>Keir Starmer</mark> said little on defence.", items[0].QuerySelector(".excerpt")!.InnerHtml);
        Assert.Equal("Now we spend more.", items[1].QuerySelector(".quote blockquote")!.TextContent);
        Assert.Null(items[1].QuerySelector(".excerpt"));
    }

    [Fact]
    public void A_brief_that_only_lists_them_as_a_speaker_makes_no_pair()
    {
        using var site = TestSite.Create(Site());
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Equal(["people/keir-starmer/topics/budget/index.html", "people/keir-starmer/topics/defence/index.html"],
            built.HtmlFiles().Where(f => f.Contains("/topics/", StringComparison.Ordinal)));
        Assert.DoesNotContain("speaker-only", built.Read("people/keir-starmer/topics/defence/index.html"));
    }

    [Fact]
    public void The_person_page_links_each_topic_page_with_its_count_and_the_sitemap_lists_them()
    {
        using var site = TestSite.Create(Site());
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var links = built.Parse("people/keir-starmer/index.html").QuerySelectorAll(".topic-pages li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Budget 1 brief", "Defence 2 briefs"], links);
        Assert.Contains("https://example.org/test/people/keir-starmer/topics/defence/", built.Read("sitemap.xml"));
    }

    [Fact]
    public void A_long_pair_is_paged_oldest_first_and_each_page_links_the_others()
    {
        using var site = TestSite.Create(Site(Config + "paginate: 1\n"));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var first = built.Parse("people/keir-starmer/topics/defence/index.html");
        Assert.Equal(["early"], first.QuerySelectorAll(".person-topic-timeline .timeline-brief a").Select(a => a.TextContent));
        Assert.Equal("../../../../people/keir-starmer/topics/defence/page/2/index.html", first.QuerySelector(".page-nav a[rel=next]")!.GetAttribute("href"));

        var second = built.Parse("people/keir-starmer/topics/defence/page/2/index.html");
        Assert.Equal(["late"], second.QuerySelectorAll(".person-topic-timeline .timeline-brief a").Select(a => a.TextContent));
        Assert.StartsWith("Keir Starmer on Defence, page 2 of 2", second.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("../../../../../../people/keir-starmer/topics/defence/index.html", second.QuerySelector(".page-nav a[rel=first]")!.GetAttribute("href"));
        Assert.Null(built.Parse("people/keir-starmer/topics/budget/index.html").QuerySelector(".page-nav"));
    }

    [Fact]
    public void Without_the_option_there_are_no_topic_pages()
    {
        using var site = TestSite.Create(Site(config: ""));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.DoesNotContain(built.Files(), f => f.Contains("/topics/", StringComparison.Ordinal) && f.StartsWith("people/", StringComparison.Ordinal));
        Assert.Null(built.Parse("people/keir-starmer/index.html").QuerySelector(".topic-pages"));
    }
}
