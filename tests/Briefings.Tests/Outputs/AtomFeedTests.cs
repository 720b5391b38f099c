using System.Text;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Feeds;
using Briefings.Tests.Support;

namespace Briefings.Tests.Outputs;

/// <summary>
/// The feeds' fast path (the head and each entry written by a writer each thread keeps, each entry once, copied into every feed that
/// lists it) against the simple form (each feed written whole, its entries inline): the same bytes for every feed,
/// those of briefs and those that follow commitments.
/// </summary>
public sealed class AtomFeedTests
{
    [Fact]
    public void Every_feed_of_the_sample_site_is_what_the_simple_form_writes()
    {
        AssertFeedsMatchTheSimpleForm(SampleSite.Analyze().Graph!);
    }

    [Fact]
    public void Every_feed_of_two_thousand_generated_briefs_is_what_the_simple_form_writes()
    {
        using var site = TestSite.Create(GeneratedSite.Files(2000, seed: 20251215));
        var analysis = site.Analyze();
        Assert.False(analysis.Failed(strict: false), string.Join("\n", analysis.Diagnostics.Where(d => d.IsError).Take(5)));

        var entries = AssertFeedsMatchTheSimpleForm(analysis.Graph!);

        Assert.True(entries > 5000, $"only {entries} entries compared");
    }

    /// <summary>Compares every feed, in parallel as the build writes them; returns how many entries were compared.</summary>
    private static int AssertFeedsMatchTheSimpleForm(ContentGraph graph)
    {
        var config = graph.Config;
        var limit = config.FeedLimit;
        var feeds = new List<(string Url, string Title, string Page, IEnumerable<BriefNode> Briefs)> { ("feed.xml", config.Title, "", graph.Briefs.Take(limit)) };
        feeds.AddRange(graph.People.Select(p => (p.Url + "feed.xml", p.Person.Name, p.Url, p.MentionedIn.Take(limit))));
        feeds.AddRange(graph.Topics.Select(t => (t.Key.Url + "feed.xml", t.Title, t.Key.Url, t.Briefs.Take(limit))));
        var briefs = feeds.Select(f => (f.Url, f.Title, f.Page, Items: f.Briefs.ToList()))
            .Select(f => (f.Url, f.Title, f.Page, Updated: f.Items.Count > 0 ? f.Items.Max(AtomFeed.Updated) : (DateOnly?)null, f.Items));
        var entries = AssertFeedsMatch(config, briefs, AtomFeed.Entries(config));

        // The feeds that follow commitments share status entries too: a commitment's, its organization's, the tracker's.
        var follows = graph.Commitments.Select(c => (c.Key.Url + "feed.xml", c.Title, c.Key.Url, (IEnumerable<CommitmentEntry>)c.Timeline))
            .Concat(graph.Organizations.Select(o => (o.Url + "feed.xml", o.Organization.Name, o.Url, o.Commitments.SelectMany(c => c.Timeline))))
            .Append((FollowFeeds.TrackerFeed, "Tracker", "commitments/", graph.Commitments.SelectMany(c => c.Timeline).Where(FollowFeeds.IsChange)))
            .Select(f => (f.Item1, f.Item2, f.Item3, Items: FollowFeeds.Newest(f.Item4, limit).ToList()))
            .Select(f => (f.Item1, f.Item2, f.Item3, Updated: f.Items.Count > 0 ? f.Items.Max(e => e.Date) : (DateOnly?)null, f.Items));
        return entries + AssertFeedsMatch(config, follows, FollowFeeds.Entries(graph));
    }

    private static int AssertFeedsMatch<T>(SiteConfig config, IEnumerable<(string Url, string Title, string Page, DateOnly? Updated, List<T> Items)> feeds, FeedEntries<T> cache)
        where T : class
    {
        var entries = 0;
        Parallel.ForEach(feeds, feed =>
        {
            using var fast = new MemoryStream();
            using var simple = new MemoryStream();
            AtomFeed.Build(fast, config, feed.Url, feed.Title, feed.Page, feed.Updated, feed.Items, cache);
            AtomFeed.BuildSimply(simple, config, feed.Url, feed.Title, feed.Page, feed.Updated, feed.Items, cache);
            Assert.True(simple.ToArray().AsSpan().SequenceEqual(fast.ToArray()),
                $"{feed.Url} differs:\n{Snapshot.UnifiedDiff(Encoding.UTF8.GetString(simple.ToArray()), Encoding.UTF8.GetString(fast.ToArray()), "simple", "fast")}");
            Interlocked.Add(ref entries, feed.Items.Count);
        });
        return entries;
    }
}
