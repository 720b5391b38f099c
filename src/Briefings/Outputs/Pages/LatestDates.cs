using Briefings.Graph;

namespace Briefings.Outputs.Pages;

/// <summary>The date of the newest content a list shows, for the sitemap's <c>lastmod</c>; null for an empty list.</summary>
internal static class LatestDates
{
    public static DateOnly? Of(IEnumerable<BriefNode> briefs) => Ordering.Latest(briefs);

    public static DateOnly? Of(IEnumerable<QuoteEntry> quotes) => Ordering.Latest(quotes.Select(q => q.Brief));

    public static DateOnly? Of(IEnumerable<CommitmentEntry> entries) => Ordering.Latest(entries.Select(e => e.Brief));

    public static DateOnly? Of(IEnumerable<CommitmentNode> commitments) => commitments.Select(c => (DateOnly?)c.Current.Date).Max();
}
