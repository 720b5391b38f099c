using Briefings.Content;

namespace Briefings.Checking;

/// <summary>Each commitment's mentions in timeline order (by date, then brief slug), from the briefs whose date is known.</summary>
internal static class DatedMentions
{
    public static IEnumerable<IGrouping<string, (Brief Brief, CommitmentMention Mention)>> Of(LoadedContent content) =>
        content.Briefs
            .Where(b => b.HasDate)
            .OrderBy(b => b.Date)
            .ThenBy(b => b.Slug, StringComparer.Ordinal)
            .SelectMany(b => b.Commitments.Select(m => (Brief: b, Mention: m)))
            .GroupBy(x => x.Mention.Id.Id, StringComparer.Ordinal);
}
