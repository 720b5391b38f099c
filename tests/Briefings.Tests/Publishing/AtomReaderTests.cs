using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>
/// Every feed of the sample, read by .NET's own Atom 1.0 reader (System.ServiceModel.Syndication) as a feed reader
/// would: a feed it refuses, or reads with other entries than the XML holds, fails here.
/// </summary>
public sealed class AtomReaderTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Every_feed_of_the_sample_reads_as_atom_with_its_entries_ids_titles_links_and_dates()
    {
        var site = SampleSite.Built;
        var feeds = site.Files().Where(f => f.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        // The site's feed, the corrections and tracker feeds, and one per person, topic, organization and commitment.
        Assert.True(feeds.Count > 20, $"only {feeds.Count} feeds");
        Assert.Contains("corrections/feed.xml", feeds);
        Assert.Contains(feeds, f => f.StartsWith("commitments/", StringComparison.Ordinal) && f.Count(c => c == '/') == 2);

        foreach (var feed in feeds)
        {
            var formatter = new Atom10FeedFormatter();
            using (var reader = XmlReader.Create(Path.Combine(site.Output, feed)))
            {
                Assert.True(formatter.CanRead(reader), $"{feed} is not an Atom 1.0 feed");
                formatter.ReadFrom(reader);
            }

            var read = formatter.Feed;
            var written = XDocument.Load(Path.Combine(site.Output, feed)).Root!.Elements(Atom + "entry").ToList();
            Assert.False(string.IsNullOrEmpty(read.Id), $"{feed} has no id");
            Assert.False(string.IsNullOrEmpty(read.Title?.Text), $"{feed} has no title");
            Assert.Equal(written.Count, read.Items.Count());
            foreach (var item in read.Items)
            {
                Assert.False(string.IsNullOrEmpty(item.Id), $"{feed}: an entry has no id");
                Assert.False(string.IsNullOrEmpty(item.Title?.Text), $"{feed}: {item.Id} has no title");
                Assert.NotEmpty(item.Links);
                Assert.True(item.LastUpdatedTime > DateTimeOffset.MinValue, $"{feed}: {item.Id} has no updated date");
            }

            Assert.Equal(read.Items.Count(), read.Items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        }
    }
}
