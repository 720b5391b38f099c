using System.Text;
using Briefings.Graph;
using Briefings.Outputs.Feeds;
using Briefings.Tests.Support;

namespace Briefings.Tests.Outputs;

/// <summary>
/// The feeds' fast path (each entry written once, by a writer each thread keeps, then copied into every feed that
/// lists it) against the simple form (each feed written whole, its entries inline): the same bytes for every feed.
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
        var limit = graph.Config.FeedLimit;
        var feeds = new List<(string Url, string Title, string Page, IEnumerable<BriefNode> Briefs)> { ("feed.xml", graph.Config.Title, "", graph.Briefs.Take(limit)) };
        feeds.AddRange(graph.People.Select(p => (p.Url + "feed.xml", p.Person.Name, p.Url, p.MentionedIn.Take(limit))));
        feeds.AddRange(graph.Topics.Select(t => (t.Key.Url + "feed.xml", t.Title, t.Key.Url, t.Briefs.Take(limit))));
        var cache = new AtomFeed.EntryCache(graph);
        var entries = 0;
        Parallel.ForEach(feeds, feed =>
        {
            using var fast = new MemoryStream();
            using var simple = new MemoryStream();
            AtomFeed.Build(fast, graph, feed.Url, feed.Title, feed.Page, feed.Briefs, cache);
            AtomFeed.Build(simple, graph, feed.Url, feed.Title, feed.Page, feed.Briefs, entries: null);
            Assert.True(simple.ToArray().AsSpan().SequenceEqual(fast.ToArray()),
                $"{feed.Url} differs:\n{Snapshot.UnifiedDiff(Encoding.UTF8.GetString(simple.ToArray()), Encoding.UTF8.GetString(fast.ToArray()), "simple", "fast")}");
            Interlocked.Add(ref entries, feed.Briefs.Count());
        });
        return entries;
    }
}
