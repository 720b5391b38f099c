using System.Text.Json;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Tests.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>Issue 25, part 1: one as-of date decides what is published; scheduled, expired and draft briefs.</summary>
public sealed class AsOfTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    /// <summary>A published brief that links to one brief dated 2026-03-01 and one with publish_date 2026-03-01.</summary>
    private const string Scheduled = Sites.Person + """

        -- content/briefs/2026-02-01-now.md --
        ---
        title: Now
        date: 2026-02-01
        commitments:
          - { id: c, by: uk-government, text: Do it, status: proposed }
        ---
        Today.
        -- content/briefs/2026-03-01-dated-later.md --
        ---
        title: Dated later
        date: 2026-03-01
        commitments:
          - { id: c, by: uk-government, status: pledged }
        ---
        Tomorrow.
        -- content/briefs/2026-02-02-embargoed.md --
        ---
        title: Embargoed
        date: 2026-02-02
        publish_date: 2026-03-01
        ---
        Under embargo.
        """;

    private static IReadOnlyList<string> Slugs(SiteAnalysis analysis) => analysis.Graph!.Briefs.Select(b => b.Brief.Slug).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_brief_dated_or_embargoed_after_the_as_of_date_is_published_only_from_that_date_or_with_future()
    {
        using var site = TestSite.Create(Scheduled);

        Assert.Equal(["now"], Slugs(site.Analyze(Day.AddDays(-1))));
        Assert.Equal(["dated-later", "embargoed", "now"], Slugs(site.Analyze(Day)));
        Assert.Equal(["dated-later", "embargoed", "now"], Slugs(site.Analyze(Day.AddDays(-1), future: true)));
    }

    [Fact]
    public void Status_entries_come_only_from_published_briefs()
    {
        using var site = TestSite.Create(Scheduled);

        var before = site.Analyze(Day.AddDays(-1)).Graph!.CommitmentsById["c"];
        var after = site.Analyze(Day).Graph!.CommitmentsById["c"];

        Assert.Equal(["now"], before.Timeline.Select(e => e.Brief.Brief.Slug));
        Assert.Equal(CommitmentStatus.Proposed, before.CurrentStatus);
        Assert.Equal(CommitmentStatus.Pledged, after.CurrentStatus);
    }

    [Fact]
    public void A_link_to_a_scheduled_brief_says_when_it_is_due_and_how_to_include_it()
    {
        using var site = TestSite.Create(Scheduled.Replace("Today.", "See [[embargoed]] and [[dated-later]]."));

        var analysis = site.Analyze(new DateOnly(2026, 2, 20));

        var links = analysis.Diagnostics.Where(d => d.Code == Codes.UnknownWikiLink).ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(("content/briefs/2026-02-01-now.md", 7, 5), (links[0].File, links[0].Line, links[0].Column));
        Assert.Equal("[[embargoed]] links to the scheduled brief content/briefs/2026-02-02-embargoed.md, not published until 2026-03-01 (the as-of date is 2026-02-20); build or check with --future or --as-of 2026-03-01, or link to it once it is out", links[0].Message);
        Assert.Equal(("content/briefs/2026-02-01-now.md", 7, 23), (links[1].File, links[1].Line, links[1].Column));
        Assert.Contains("scheduled brief content/briefs/2026-03-01-dated-later.md", links[1].Message);
        Assert.Empty(site.Analyze(Day).Diagnostics.WithoutLints());
    }

    [Fact]
    public void A_link_to_a_draft_says_it_is_a_draft_and_how_to_include_it()
    {
        using var site = TestSite.Create(Scheduled.Replace("Today.", "See [[embargoed]].").Replace("publish_date: 2026-03-01", "draft: true"));

        var link = site.Analyze().Single(Codes.UnknownWikiLink, "content/briefs/2026-02-01-now.md", 7, 5);

        Assert.Contains("links to the draft brief content/briefs/2026-02-02-embargoed.md", link.Message);
        Assert.Contains("--drafts", link.Message);
        Assert.Empty(site.Analyze(drafts: true).Diagnostics.WithoutLints());
    }

    private const string Expiring = Sites.Person + """

        -- content/briefs/2026-02-01-offer.md --
        ---
        title: The offer stands
        date: 2026-02-01
        summary: An offer, open until March.
        expiry_date: 2026-03-01
        expiry_reason: The offer lapsed at the end of February.
        topics: [offers]
        speakers: [keir-starmer]
        ---
        The offer.
        -- content/briefs/2026-02-10-later.md --
        ---
        title: Later
        date: 2026-02-10
        ---
        About [[offer]].
        """;

    [Fact]
    public void An_expired_brief_leaves_every_list_feed_search_and_the_sitemap_but_keeps_a_short_page_at_its_url()
    {
        using var site = TestSite.Create(Expiring);

        var current = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "current"), asOf: Day.AddDays(-1));
        var expired = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "expired"), asOf: Day);

        Assert.Contains("briefs/offer/", current.Read("sitemap.xml"));
        Assert.Contains("The offer stands", current.Read("feed.xml"));
        Assert.Empty(current.Result.Diagnostics.WithoutLints());

        var page = expired.Parse("briefs/offer/index.html");
        Assert.Equal("The offer stands", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["2026-02-01", "2026-03-01"], page.QuerySelectorAll(".brief-header time").Select(t => t.GetAttribute("datetime")));
        Assert.Contains("This brief is no longer current. The offer lapsed at the end of February.", page.QuerySelector(".notice-expired")?.TextContent);
        foreach (var file in new[] { "sitemap.xml", "feed.xml", "people/keir-starmer/feed.xml", "index.html", "briefs/index.html", "people/keir-starmer/index.html", "api/briefs.json" })
        {
            Assert.DoesNotContain("The offer stands", expired.Read(file));
        }

        Assert.All(expired.Files().Where(f => f.StartsWith("search/", StringComparison.Ordinal)), f => Assert.DoesNotContain("briefs/offer/", expired.Read(f)));
        Assert.Contains(current.Files().Where(f => f.StartsWith("search/", StringComparison.Ordinal)), f => current.Read(f).Contains("briefs/offer/", StringComparison.Ordinal));
        Assert.DoesNotContain("briefs/offer/", expired.Read("sitemap.xml"));
        // The link from the later brief still leads to the short page, with a warning that says why.
        Assert.Equal("../../briefs/offer/index.html", expired.Parse("briefs/later/index.html").QuerySelector(".prose a")?.GetAttribute("href"));
        var warning = Assert.Single(expired.Result.Diagnostics.WithoutLints());
        Assert.Equal((Codes.LinkToExpired, "content/briefs/2026-02-10-later.md", 5, 7), (warning.Code, warning.File, warning.Line, warning.Column));
        Assert.Contains("expired brief content/briefs/2026-02-01-offer.md (expired 2026-03-01, as of 2026-03-01)", warning.Message);
    }

    [Fact]
    public void An_expiry_on_or_before_the_brief_s_date_is_an_error_at_the_date()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\nexpiry_date: 2025-12-15"));

        var error = site.Analyze().Single(Codes.DateBeforeBrief, "content/briefs/2025-12-15-x.md", 5, 14);

        Assert.Contains("expiry_date 2025-12-15 is not after the brief's date 2025-12-15", error.Message);
    }

    [Fact]
    public void An_expired_brief_s_slug_is_still_taken()
    {
        using var site = TestSite.Create(Expiring + "\n-- content/briefs/2026-04-01-offer.md --\n---\ntitle: Offer again\ndate: 2026-04-01\n---\nAgain.\n");

        Assert.Single(site.Analyze().Diagnostics, d => d.Code == Codes.DuplicateSlug);
    }

    [Fact]
    public void The_as_of_date_is_the_option_else_the_config_else_today_and_only_a_date_set_on_purpose_is_shown()
    {
        var config = SiteConfig.Default("T");
        var today = () => new DateOnly(2027, 1, 2);

        Assert.Equal(new Briefings.Content.Publishing(new DateOnly(2027, 1, 2), false, false, false), Briefings.Content.Publishing.Resolve(new PublishingOptions(), config, today));
        Assert.Equal(new DateOnly(2025, 1, 1), Briefings.Content.Publishing.Resolve(new PublishingOptions(), config with { AsOf = new DateOnly(2025, 1, 1) }, today).AsOf);
        Assert.True(Briefings.Content.Publishing.Resolve(new PublishingOptions(), config with { AsOf = new DateOnly(2025, 1, 1) }, today).AsOfExplicit);
        Assert.Equal(new DateOnly(2024, 1, 1), Briefings.Content.Publishing.Resolve(new PublishingOptions(new DateOnly(2024, 1, 1)), config with { AsOf = new DateOnly(2025, 1, 1) }, today).AsOf);

        using var site = TestSite.Create(Scheduled);
        var shown = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "shown"), asOf: Day);
        Assert.Equal("As of 1 March 2026", shown.Parse("commitments/index.html").QuerySelector(".as-of")?.TextContent);
        Assert.Equal("2026-03-01", shown.Parse("index.html").QuerySelector(".as-of time")?.GetAttribute("datetime"));

        var todays = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = Path.Combine(site.Root, "today") });
        Assert.True(todays.Succeeded);
        Assert.DoesNotContain("as-of", File.ReadAllText(Path.Combine(site.Root, "today", "commitments", "index.html")));

        site.Write("site.config.yml", TestSite.DefaultConfig + "as_of: 2026-02-15\n");
        Assert.Equal(["now"], Slugs(SiteBuilder.Analyze(new BuildOptions { ConfigPath = site.ConfigPath })));
    }

    [Fact]
    public void The_cli_takes_as_of_and_future_and_refuses_a_date_it_cannot_read()
    {
        using var site = TestSite.Create(Scheduled);

        var before = CliProcess.Run(site.Root, "build", "--as-of", "2026-02-20", "--quiet");
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "briefs", "embargoed")));
        var future = CliProcess.Run(site.Root, "build", "--as-of", "2026-02-20", "--future", "--quiet");
        Assert.True(future.ExitCode == 0, future.ToString());
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "briefs", "embargoed", "index.html")));

        var wrong = CliProcess.Run(site.Root, "check", "--as-of", "20/02/2026");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--as-of must be a date written yyyy-mm-dd, such as 2025-12-15, not '20/02/2026'", wrong.Errors);
    }
}
