using System.Text;
using System.Xml;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Feeds;

/// <summary>
/// Atom 1.0 feeds: the site's latest briefs, and one per person and per topic (and, through <see cref="FollowFeeds"/>,
/// those that follow commitments and corrections). Every URL is absolute
/// (from base_url), entry ids are the briefs' permalinks, and <c>updated</c> comes from content dates,
/// never the clock, so an unchanged site gives an unchanged feed.
/// </summary>
public static class AtomFeed
{
    internal const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void WriteAll(ContentGraph graph, IOutputWriter writer) => WriteSome(graph, writer, _ => true);

    /// <summary>
    /// The site's feed, and the feeds of the people, topics, commitments and organizations <paramref name="include"/> picks
    /// (with the tracker's and the corrections' feeds).
    /// </summary>
    public static void WriteSome(ContentGraph graph, IOutputWriter writer, Func<EntityKey, bool> include)
    {
        var config = graph.Config;
        var limit = config.FeedLimit;
        var entries = Entries(config);
        Write(writer, "feed.xml", config, "feed.xml", config.Title, "", graph.Briefs.Take(limit), entries);
        Parallel.ForEach(graph.People.Where(p => include(p.Key)), person => Write(writer, person.Key.OutputFolder + "/feed.xml",
            config, person.Url + "feed.xml", config.Text.Format("feed.page", person.Person.Name, config.Title), person.Url, person.MentionedIn.Take(limit), entries));
        Parallel.ForEach(graph.Topics.Where(t => include(t.Key)), topic => Write(writer, topic.Key.OutputFolder + "/feed.xml",
            config, topic.Key.Url + "feed.xml", config.Text.Format("feed.page", topic.Title, config.Title), topic.Key.Url, topic.Briefs.Take(limit), entries));
        FollowFeeds.Write(graph, writer, include);
    }

    /// <summary>The briefs' entries, each written once for all the feeds that list it.</summary>
    internal static FeedEntries<BriefNode> Entries(SiteConfig config) => new((xml, brief) => WriteEntry(xml, config, brief));

    private static void Write(IOutputWriter writer, string relativePath, SiteConfig config, string feedUrl, string title, string pageUrl, IEnumerable<BriefNode> briefs, FeedEntries<BriefNode> entries)
    {
        var briefList = briefs.ToList();
        Write(writer, relativePath, config, feedUrl, title, pageUrl, briefList.Count > 0 ? briefList.Max(Updated) : null, briefList, entries);
    }

    internal static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    // Two thousand feeds, each grown in a fresh stream, copied out of it and copied again for the writer's queue,
    // were most of what the feeds allocated; each thread now writes into one stream, copied once into a pooled buffer.
    [ThreadStatic]
    private static MemoryStream? t_buffer;

    /// <summary>Writes a feed of <paramref name="items"/>, whose newest entry was <paramref name="updated"/>.</summary>
    internal static void Write<T>(IOutputWriter writer, string relativePath, SiteConfig config, string feedUrl, string title, string pageUrl, DateOnly? updated, IReadOnlyList<T> items, FeedEntries<T> entries)
        where T : class
    {
        var buffer = t_buffer ??= new MemoryStream(64 * 1024);
        buffer.SetLength(0);
        Build(buffer, config, feedUrl, title, pageUrl, updated, items, entries);
        var length = (int)buffer.Length;
        var pooled = OutputBuffers.Pool.Rent(length);
        buffer.GetBuffer().AsSpan(0, length).CopyTo(pooled);
        writer.WritePooled(relativePath, pooled, length);
    }

    /// <summary>
    /// Writes one feed: the XML declaration and the feed's start tag as they are, since the language is a tag of letters,
    /// digits and hyphens (SiteConfigReader) and needs no escaping; its head and entries by <see cref="InFeedWriter"/>,
    /// so that no writer is made per feed. <see cref="BuildSimply"/> is the simple form.
    /// </summary>
    internal static void Build<T>(Stream buffer, SiteConfig config, string feedUrl, string title, string pageUrl, DateOnly? updated, IReadOnlyList<T> items, FeedEntries<T> entries)
        where T : class
    {
        buffer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xml:lang=\""u8);
        buffer.Write(Encoding.ASCII.GetBytes(config.Language));
        buffer.Write("\" xmlns=\"http://www.w3.org/2005/Atom\">"u8);
        buffer.Write(InFeedWriter.Write((config, feedUrl, title, pageUrl, updated), static (xml, head) => Head(xml, head.config, head.feedUrl, head.title, head.pageUrl, head.updated)));
        foreach (var item in items)
        {
            buffer.Write(entries.Get(item).Span);
        }

        buffer.Write("\n</feed>"u8);
    }

    /// <summary>Writes one feed the simple way: one writer for the whole, each entry written inline.</summary>
    internal static void BuildSimply<T>(Stream buffer, SiteConfig config, string feedUrl, string title, string pageUrl, DateOnly? updated, IReadOnlyList<T> items, FeedEntries<T> entries)
        where T : class
    {
        using var xml = XmlWriter.Create(buffer, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", null, config.Language);
        Head(xml, config, feedUrl, title, pageUrl, updated);
        foreach (var item in items)
        {
            entries.WriteInline(xml, item);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>What comes before a feed's entries, inside it; <paramref name="updated"/> is its newest entry's.</summary>
    private static void Head(XmlWriter xml, SiteConfig config, string feedUrl, string title, string pageUrl, DateOnly? updated)
    {
        xml.WriteElementString("title", AtomNamespace, XmlSafeText.Clean(title));
        if (config.Description is { } description)
        {
            xml.WriteElementString("subtitle", AtomNamespace, XmlSafeText.Clean(description));
        }

        xml.WriteElementString("id", AtomNamespace, config.BaseUrl + feedUrl);
        Link(xml, "self", config.BaseUrl + feedUrl, "application/atom+xml");
        Link(xml, "alternate", config.BaseUrl + pageUrl, "text/html");
        // An empty feed still needs an <updated>; the Unix epoch is stable, unlike the build clock.
        xml.WriteElementString("updated", AtomNamespace, Timestamp(updated ?? DateOnly.FromDayNumber(719162)));
        xml.WriteStartElement("author", AtomNamespace);
        xml.WriteElementString("name", AtomNamespace, XmlSafeText.Clean(config.Publisher?.Name ?? config.Title));
        if (config.Publisher?.Url is { } publisherUrl)
        {
            xml.WriteElementString("uri", AtomNamespace, publisherUrl);
        }

        xml.WriteEndElement();
        xml.WriteElementString("generator", AtomNamespace, "Briefings");
    }

    /// <summary>A brief's entry is updated by its latest correction or update, else on its date.</summary>
    internal static DateOnly Updated(BriefNode brief) => brief.Brief.LastUpdated ?? brief.Brief.Date;

    private static void WriteEntry(XmlWriter xml, SiteConfig config, BriefNode brief)
    {
        var url = config.BaseUrl + brief.Url;
        xml.WriteStartElement("entry", AtomNamespace);
        xml.WriteElementString("title", AtomNamespace, XmlSafeText.Clean(brief.Brief.Title));
        Link(xml, "alternate", url, "text/html");
        xml.WriteElementString("id", AtomNamespace, url);
        xml.WriteElementString("published", AtomNamespace, Timestamp(brief.Brief.Date));
        xml.WriteElementString("updated", AtomNamespace, Timestamp(Updated(brief)));
        foreach (var author in brief.Byline)
        {
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, XmlSafeText.Clean(author.Name));
            if (author.Person is { } person)
            {
                xml.WriteElementString("uri", AtomNamespace, config.BaseUrl + person.Url);
            }

            xml.WriteEndElement();
        }

        foreach (var speaker in brief.Speakers)
        {
            xml.WriteStartElement("contributor", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, XmlSafeText.Clean(speaker.Person.Name));
            xml.WriteElementString("uri", AtomNamespace, config.BaseUrl + speaker.Url);
            xml.WriteEndElement();
        }

        var scheme = config.BaseUrl + "topics/";
        foreach (var topic in brief.Topics)
        {
            xml.WriteStartElement("category", AtomNamespace);
            xml.WriteAttributeString("term", topic.Id);
            xml.WriteAttributeString("label", XmlSafeText.Clean(topic.Title));
            xml.WriteAttributeString("scheme", scheme);
            xml.WriteEndElement();
        }

        if (brief.Brief.Summary is { } summary)
        {
            xml.WriteElementString("summary", AtomNamespace, XmlSafeText.Clean(summary));
        }

        xml.WriteEndElement();
    }

    internal static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    internal static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T00:00:00Z";
}
