using System.Globalization;
using System.Text;
using System.Xml;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Feeds;

/// <summary>
/// sitemap.xml (every listed HTML page, with lastmod from content) and the robots.txt that points at it. A sitemap holds
/// at most 50,000 URLs (sitemaps.org); a site with more gets numbered sitemaps, sitemap-1.xml on, and sitemap.xml
/// becomes the index of them, so robots.txt names the same file either way.
/// </summary>
public static class Sitemap
{
    /// <summary>The most URLs one sitemap file may hold.</summary>
    public const int MaxUrls = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <param name="maxUrls">The most URLs per file: <see cref="MaxUrls"/>, lowered only by tests.</param>
    public static void Write(ContentGraph graph, IEnumerable<SitemapEntry> pages, IOutputWriter writer, int maxUrls = MaxUrls)
    {
        var baseUrl = graph.Config.BaseUrl;
        var sorted = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        if (sorted.Count <= maxUrls)
        {
            UrlSet(writer, "sitemap.xml", baseUrl, sorted);
        }
        else
        {
            var parts = sorted.Chunk(maxUrls).Select((part, i) => (Name: string.Create(CultureInfo.InvariantCulture, $"sitemap-{i + 1}.xml"), Urls: part)).ToList();
            foreach (var (name, urls) in parts)
            {
                UrlSet(writer, name, baseUrl, urls);
            }

            Document(writer, "sitemap.xml", "sitemapindex", xml =>
            {
                foreach (var (name, urls) in parts)
                {
                    Element(xml, "sitemap", baseUrl + name, urls.Max(u => u.Modified));
                }
            });
        }

        writer.Write("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n"));
    }

    private static void UrlSet(IOutputWriter writer, string path, string baseUrl, IEnumerable<SitemapEntry> pages) => Document(writer, path, "urlset", xml =>
    {
        foreach (var page in pages)
        {
            Element(xml, "url", baseUrl + page.Url, page.Modified);
        }
    });

    /// <summary>A <c>url</c> of a sitemap or a <c>sitemap</c> of the index: the same two fields.</summary>
    private static void Element(XmlWriter xml, string name, string location, DateOnly? modified)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (modified is { } date)
        {
            xml.WriteElementString("lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    /// <summary>Written as it is made: a sitemap of 50,000 URLs is ~7 MB, made whole three times over on its way to the disk.</summary>
    private static void Document(IOutputWriter writer, string path, string root, Action<XmlWriter> content)
    {
        using var file = writer.Open(path);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(file.AsStream(), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            content(xml);
            xml.WriteEndElement();
        }

        file.Complete();
    }
}
