using System.Text;
using System.Xml;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Feeds;

/// <summary>sitemap.xml (every listed HTML page, with lastmod from content) and the robots.txt that points at it.</summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void Write(ContentGraph graph, IEnumerable<SitemapEntry> pages, IOutputWriter writer)
    {
        var baseUrl = graph.Config.BaseUrl;
        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, baseUrl + page.Url);
                if (page.Modified is { } modified)
                {
                    xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        writer.Write("sitemap.xml", buffer.ToArray());
        writer.Write("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {baseUrl}sitemap.xml\n"));
    }
}
