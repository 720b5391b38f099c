using System.Xml;
using Briefings.Content;
using Briefings.Writing;

namespace Briefings.Outputs.Feeds;

/// <summary>One entry of a feed whose entries are not whole briefs: a status entry of a commitment, a correction.</summary>
/// <param name="Id">Stable whatever else the feed holds: made from what the entry is, never from its place in the feed.</param>
/// <param name="Link">Site-relative, like every internal URL; made absolute from base_url when written.</param>
public sealed record FeedItem(string Id, string Title, string Link, DateOnly Date, string? Summary, IReadOnlyList<string> Authors);

/// <summary>Writes an Atom feed of <see cref="FeedItem"/>s, with the same head as the brief feeds.</summary>
internal static class ItemFeed
{
    // One stream per thread, copied once into a pooled buffer, as the brief feeds do: a feed per commitment and per
    // organization, each grown in a fresh stream and copied out of it, raised the peak memory of 10,000 briefs
    // (1,939 commitments) from 621 to 735 MiB against the revision before these feeds (bench/ab, 5 pairs); so written, 633
    // to 710 MiB (4 pairs).
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    public static void Write(IOutputWriter writer, string relativePath, SiteConfig config, string feedUrl, string title, string pageUrl, IReadOnlyList<FeedItem> items)
    {
        var buffer = t_buffer ??= new MemoryStream(16 * 1024);
        buffer.SetLength(0);
        using (var xml = XmlWriter.Create(buffer, AtomFeed.Settings))
        {
            AtomFeed.Header(xml, config, feedUrl, title, pageUrl, items.Count > 0 ? items.Max(i => i.Date) : null);
            foreach (var item in items)
            {
                Entry(xml, config, item);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        var length = (int)buffer.Length;
        var pooled = OutputBuffers.Pool.Rent(length);
        buffer.GetBuffer().AsSpan(0, length).CopyTo(pooled);
        writer.WritePooled(relativePath, pooled, length);
    }

    private static void Entry(XmlWriter xml, SiteConfig config, FeedItem item)
    {
        const string Atom = AtomFeed.AtomNamespace;
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("title", Atom, XmlSafeText.Clean(item.Title));
        AtomFeed.Link(xml, "alternate", config.BaseUrl + item.Link, "text/html");
        xml.WriteElementString("id", Atom, item.Id);
        var stamp = AtomFeed.Timestamp(item.Date);
        xml.WriteElementString("published", Atom, stamp);
        xml.WriteElementString("updated", Atom, stamp);
        foreach (var author in item.Authors)
        {
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, XmlSafeText.Clean(author));
            xml.WriteEndElement();
        }

        if (item.Summary is { } summary)
        {
            xml.WriteElementString("summary", Atom, XmlSafeText.Clean(summary));
        }

        xml.WriteEndElement();
    }
}
