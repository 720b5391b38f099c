using System.Xml;
using Briefings.Content;
using Briefings.Writing;

namespace Briefings.Outputs.Feeds;

/// <summary>One entry of a feed whose entries are not whole briefs: a status entry of a commitment, a correction.</summary>
/// <param name="Id">Stable whatever else the feed holds: made from what the entry is, never from its place in the feed.</param>
/// <param name="Link">Site-relative, like every internal URL; made absolute from base_url when written.</param>
public sealed record FeedItem(string Id, string Title, string Link, DateOnly Date, string? Summary, IReadOnlyList<string> Authors);

/// <summary>The entry of a <see cref="FeedItem"/>, in the feeds whose entries are not whole briefs.</summary>
internal static class ItemFeed
{
    public static void Entry(XmlWriter xml, SiteConfig config, FeedItem item)
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
