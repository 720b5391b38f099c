using Briefings.Content;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Feeds;

/// <summary>
/// The feeds that follow what was promised and what was corrected: one per commitment (every status entry, restatements
/// included), one per organization (the entries of its commitments), the tracker's (status changes only), and the
/// corrections'. Newest first, up to feed.limit. A status entry's id is made from the commitment id and the brief slug,
/// so it is the same in every feed that lists it and stays the same as entries are added.
/// </summary>
public static class FollowFeeds
{
    public const string CorrectionsFeed = "corrections/feed.xml";

    public const string TrackerFeed = "commitments/feed.xml";

    public static void Write(ContentGraph graph, IOutputWriter writer, Func<EntityKey, bool> include)
    {
        var config = graph.Config;
        var limit = config.FeedLimit;
        var site = config.Title;
        var text = config.Text;
        var entries = Entries(graph);
        Write(writer, TrackerFeed, config, TrackerFeed, text.Format("tracker.feed", site), "commitments/",
            Newest(graph.Commitments.SelectMany(c => c.Timeline).Where(IsChange), limit), entries);
        var corrections = graph.Corrections.Take(limit).ToList();
        AtomFeed.Write(writer, CorrectionsFeed, config, CorrectionsFeed, text.Format("corrections.feed", site), "corrections/",
            corrections.Count > 0 ? corrections.Max(c => c.Update.Date) : null, corrections, Entries(config));
        Parallel.ForEach(graph.Commitments.Where(c => include(c.Key)), commitment => Write(writer, commitment.Key.OutputFolder + "/feed.xml",
            config, commitment.Key.Url + "feed.xml", text.Format("feed.page", commitment.Title, site), commitment.Key.Url,
            Newest(commitment.Timeline, limit), entries));
        // An organization's feed holds its commitments' entries, which say more (notes, conditions) than its page shows;
        // so it is written again whenever one of those commitments' pages is, as well as its own.
        Parallel.ForEach(graph.Organizations.Where(o => include(o.Key) || o.Commitments.Any(c => include(c.Key))), organization => Write(writer, organization.Key.OutputFolder + "/feed.xml",
            config, organization.Url + "feed.xml", text.Format("organization.feed", organization.Organization.Name, site), organization.Url,
            Newest(organization.Commitments.SelectMany(c => c.Timeline), limit), entries));
    }

    /// <summary>The status entries' feed entries, each written once for the feeds of its commitment, its organization and the tracker.</summary>
    internal static FeedEntries<CommitmentEntry> Entries(ContentGraph graph) => new((xml, entry) => ItemFeed.Entry(xml, graph.Config, Item(graph, entry)));

    /// <summary>The corrections' feed entries.</summary>
    internal static FeedEntries<CorrectionEntry> Entries(SiteConfig config) => new((xml, correction) => ItemFeed.Entry(xml, config, Item(config, correction)));

    private static void Write(IOutputWriter writer, string relativePath, SiteConfig config, string feedUrl, string title, string pageUrl, IEnumerable<CommitmentEntry> newest, FeedEntries<CommitmentEntry> entries)
    {
        var list = newest.ToList();
        AtomFeed.Write(writer, relativePath, config, feedUrl, title, pageUrl, list.Count > 0 ? list.Max(e => e.Date) : null, list, entries);
    }

    /// <summary>What the tracker's feed follows: a first record, or a status other than the one before.</summary>
    public static bool IsChange(CommitmentEntry entry) => entry.Previous is not { } previous || previous.Status != entry.Status;

    /// <summary>Newest first: by date, then the timeline's own order (brief slug) reversed, then commitment id.</summary>
    internal static IEnumerable<CommitmentEntry> Newest(IEnumerable<CommitmentEntry> entries, int limit) =>
        entries.OrderByDescending(e => e.Date)
            .ThenByDescending(e => e.Brief.Brief.Slug, StringComparer.Ordinal)
            .ThenBy(e => e.Commitment.Id, StringComparer.Ordinal)
            .Take(limit);

    /// <summary>The stable id of a status entry: the commitment's permalink with the brief's slug as its fragment.</summary>
    public static string EntryId(SiteConfig config, CommitmentEntry entry) =>
        config.BaseUrl + entry.Commitment.Key.Url + "#" + Uri.EscapeDataString(entry.Brief.Brief.Slug);

    private static FeedItem Item(ContentGraph graph, CommitmentEntry entry)
    {
        var text = graph.Config.Text;
        var status = text.Text("status_lower." + entry.Status.Slug());
        var change = entry.Previous switch
        {
            null => text.Format("feed.first_recorded", status),
            { } previous when previous.Status == entry.Status => text.Format("feed.restated", status),
            { } previous => text.Format("feed.changed", text.Text("status_lower." + previous.Status.Slug()), status),
        };
        var details = new List<string> { text.Format("feed.in_brief", entry.Brief.Brief.Title) };
        if (entry.Mention.Conditions.Count > 0)
        {
            details.Add(text.Format("feed.conditions", string.Join("; ", entry.Mention.Conditions)));
        }

        if (entry.Mention.Note is { } note)
        {
            details.Add(note);
        }

        return new FeedItem(EntryId(graph.Config, entry), $"{entry.Commitment.Title}: {change}", entry.Brief.Url, entry.Date,
            string.Join(" ", details), Authors(entry.Brief));
    }

    private static FeedItem Item(SiteConfig config, CorrectionEntry correction) =>
        new(config.BaseUrl + correction.Brief.Url + "#" + correction.Anchor,
            $"{config.Text.Text("update." + correction.Update.Kind.Slug())}: {correction.Brief.Brief.Title}",
            correction.Brief.Url + "#" + correction.Anchor,
            correction.Update.Date,
            correction.Update.Text,
            Authors(correction.Brief));

    /// <summary>The brief's byline, by name: the entry is the brief's reporting.</summary>
    private static IReadOnlyList<string> Authors(BriefNode brief) => [.. brief.Byline.Select(a => a.Name)];
}
