using System.Collections.Concurrent;
using System.Text;
using System.Xml.Linq;
using Briefings.Outputs.Feeds;
using Briefings.Outputs.Pages;
using Briefings.Tests.Support;
using Briefings.Writing;

namespace Briefings.Tests.Outputs;

/// <summary>
/// A sitemap holds at most 50,000 URLs (sitemaps.org); past that, sitemap.xml is an index of numbered sitemaps. The
/// limit is lowered here so that a small site crosses it.
/// </summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void Past_the_limit_sitemap_xml_is_an_index_of_numbered_sitemaps_that_list_every_page_once()
    {
        var (listed, files) = Write(maxUrls: 3);

        var index = XDocument.Parse(files["sitemap.xml"]).Root!;
        Assert.Equal(Sitemaps + "sitemapindex", index.Name);
        var parts = index.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(Enumerable.Range(1, (listed.Count + 2) / 3).Select(n => $"https://example.org/briefings/sitemap-{n}.xml"), parts);
        Assert.Equal(
            new[] { "robots.txt", "sitemap.xml" }.Concat(parts.Select(p => p["https://example.org/briefings/".Length..])).Order(StringComparer.Ordinal),
            files.Keys.Order(StringComparer.Ordinal));

        var urls = parts.Select(p => XDocument.Parse(files[p["https://example.org/briefings/".Length..]]).Root!).ToList();
        Assert.All(urls, set => Assert.InRange(set.Elements(Sitemaps + "url").Count(), 1, 3));
        Assert.Equal(
            listed.Select(p => "https://example.org/briefings/" + p.Url).Order(StringComparer.Ordinal),
            urls.SelectMany(set => set.Descendants(Sitemaps + "loc")).Select(l => l.Value));

        // Each sitemap of the index is dated by the newest page it lists.
        var firstPart = index.Elements(Sitemaps + "sitemap").First();
        Assert.Equal(urls[0].Descendants(Sitemaps + "lastmod").Max(l => l.Value), firstPart.Element(Sitemaps + "lastmod")!.Value);
        Assert.Contains("Sitemap: https://example.org/briefings/sitemap.xml\n", files["robots.txt"]);
    }

    [Fact]
    public void Up_to_the_limit_sitemap_xml_lists_every_page_itself()
    {
        var (listed, files) = Write(maxUrls: 1000);

        var set = XDocument.Parse(files["sitemap.xml"]).Root!;
        Assert.Equal(Sitemaps + "urlset", set.Name);
        Assert.Equal(listed.Count, set.Elements(Sitemaps + "url").Count());
        Assert.Equal(["robots.txt", "sitemap.xml"], files.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The sample site's sitemap, written with <paramref name="maxUrls"/> per file; the pages listed, and the files by name.</summary>
    private static (IReadOnlyList<SitemapEntry> Listed, IReadOnlyDictionary<string, string> Files) Write(int maxUrls)
    {
        var graph = SampleSite.Analyze().Graph!;
        var listed = BuildRun.Listed(SitePages.All(new PageModel(graph))).ToList();
        Assert.True(listed.Count > 3 * 3, $"the sample lists only {listed.Count} pages");
        var writer = new MemoryWriter();

        Sitemap.Write(graph, listed, writer, maxUrls);

        return (listed, writer.Files);
    }

    private sealed class MemoryWriter : IOutputWriter
    {
        private readonly ConcurrentDictionary<string, string> _files = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, string> Files => _files;

        public void Write(string relativePath, ReadOnlySpan<byte> bytes) => _files[relativePath] = Encoding.UTF8.GetString(bytes);
    }
}
