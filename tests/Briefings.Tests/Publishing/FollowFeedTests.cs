using System.Xml.Linq;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>Issue 25, part 4: an Atom feed per commitment and per organization, and the tracker's feed of status changes.</summary>
public sealed class FollowFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Site = Sites.Person + """

        -- content/briefs/2026-01-01-offer.md --
        ---
        title: The offer
        date: 2026-01-01
        byline: Desk staff
        commitments:
          - { id: troops, by: uk-government, text: Send troops, status: offered, conditions: [US support] }
          - { id: aid, by: keir-starmer, text: Send aid, status: pledged }
        ---
        Body.
        -- content/briefs/2026-01-05-again.md --
        ---
        title: Offer restated
        date: 2026-01-05
        commitments:
          - { id: troops, by: uk-government, status: offered, note: Still on the table. }
        ---
        Body.
        -- content/briefs/2026-01-09-pledge.md --
        ---
        title: Now a pledge
        date: 2026-01-09
        commitments:
          - { id: troops, by: uk-government, status: pledged }
        ---
        Body.
        """;

    private static List<(string Title, string Id, string Link, string Updated)> Entries(BuiltSite built, string feed)
    {
        var document = XDocument.Parse(built.Read(feed));
        Assert.Equal(Atom + "feed", document.Root!.Name);
        return document.Root.Elements(Atom + "entry").Select(e => (
            e.Element(Atom + "title")!.Value,
            e.Element(Atom + "id")!.Value,
            e.Element(Atom + "link")!.Attribute("href")!.Value,
            e.Element(Atom + "updated")!.Value)).ToList();
    }

    [Fact]
    public void A_commitment_s_feed_has_every_status_entry_restatements_included_newest_first_with_stable_ids_linking_the_brief()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Equal(
        [
            ("Send troops: offered → pledged", "https://example.org/test/commitments/troops/#pledge", "https://example.org/test/briefs/pledge/", "2026-01-09T00:00:00Z"),
            ("Send troops: restated as offered", "https://example.org/test/commitments/troops/#again", "https://example.org/test/briefs/again/", "2026-01-05T00:00:00Z"),
            ("Send troops: first recorded as offered", "https://example.org/test/commitments/troops/#offer", "https://example.org/test/briefs/offer/", "2026-01-01T00:00:00Z"),
        ], Entries(built, "commitments/troops/feed.xml"));

        var feed = XDocument.Parse(built.Read("commitments/troops/feed.xml")).Root!;
        Assert.Equal("2026-01-09T00:00:00Z", feed.Element(Atom + "updated")?.Value);
        var first = feed.Elements(Atom + "entry").Last();
        Assert.Equal("In “The offer”. Conditions: US support.", first.Element(Atom + "summary")?.Value);
        Assert.Equal("Desk staff", first.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal("In “Offer restated”. Still on the table.", feed.Elements(Atom + "entry").ElementAt(1).Element(Atom + "summary")?.Value);

        var page = built.Parse("commitments/troops/index.html");
        Assert.Equal("feed.xml", page.QuerySelector("link[rel=alternate][title^='Send troops']")?.GetAttribute("href"));
        Assert.Equal("feed.xml", page.QuerySelector(".feed-link a")?.GetAttribute("href"));
    }

    [Fact]
    public void An_organization_s_feed_follows_its_commitments_and_its_people_s()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var entries = Entries(built, "organizations/uk-government/feed.xml");

        Assert.Equal(["Send troops: offered → pledged", "Send troops: restated as offered", "Send aid: first recorded as pledged", "Send troops: first recorded as offered"], entries.Select(e => e.Title));
        // The same entry has the same id in every feed that lists it.
        Assert.Equal(Entries(built, "commitments/troops/feed.xml")[0].Id, entries[0].Id);
        Assert.Equal("https://example.org/test/commitments/aid/#offer", entries[2].Id);
        Assert.Equal("feed.xml", built.Parse("organizations/uk-government/index.html").QuerySelector("link[rel=alternate][title^='UK Government']")?.GetAttribute("href"));
    }

    [Fact]
    public void The_tracker_s_feed_lists_status_changes_across_all_commitments_and_leaves_restatements_out()
    {
        using var site = TestSite.Create(Site);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Equal(["Send troops: offered → pledged", "Send aid: first recorded as pledged", "Send troops: first recorded as offered"],
            Entries(built, "commitments/feed.xml").Select(e => e.Title));
        Assert.Equal("feed.xml", built.Parse("commitments/index.html").QuerySelector("link[rel=alternate][title^='Commitment tracker']")?.GetAttribute("href"));
    }

    [Fact]
    public void Entry_ids_stay_the_same_when_later_briefs_are_added_and_a_scheduled_brief_adds_no_entry_before_its_date()
    {
        using var site = TestSite.Create(Site + """

            -- content/briefs/2026-02-01-delivered.md --
            ---
            title: Delivered
            date: 2026-02-01
            commitments:
              - { id: troops, by: uk-government, status: delivered }
            ---
            Body.
            """);

        var before = Entries(BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "before"), asOf: new DateOnly(2026, 1, 20)), "commitments/troops/feed.xml");
        var after = Entries(BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "after"), asOf: new DateOnly(2026, 2, 1)), "commitments/troops/feed.xml");

        Assert.Equal(3, before.Count);
        Assert.Equal(4, after.Count);
        Assert.Equal(before, after.Skip(1));
        Assert.Equal("Send troops: pledged → delivered", after[0].Title);
    }

    [Fact]
    public void Feeds_hold_at_most_feed_limit_entries()
    {
        using var site = TestSite.Create(Site.Replace("base_url", "base_url") + "\n-- site.config.yml --\n" + TestSite.DefaultConfig + "feed: { limit: 2 }\n");
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Equal(["Send troops: offered → pledged", "Send troops: restated as offered"], Entries(built, "commitments/troops/feed.xml").Select(e => e.Title));
        Assert.Equal(2, Entries(built, "commitments/feed.xml").Count);
    }
}
