using Briefings.Content;

namespace Briefings.Graph;

/// <summary>A correction or retraction of a published brief, as /corrections/ and its feed list it.</summary>
public sealed record CorrectionEntry(BriefNode Brief, BriefUpdate Update, string Anchor);

internal static class Corrections
{
    /// <summary>Every correction and retraction, newest first; one day's by brief slug, then in the order written.</summary>
    public static List<CorrectionEntry> Of(IEnumerable<BriefNode> briefs) =>
        [.. briefs
            .SelectMany(b => b.Brief.Updates.Select((u, i) => new CorrectionEntry(b, u, UpdateKinds.Anchor(b.Brief.Updates, i))))
            .Where(c => c.Update.Kind.IsCorrective())
            .OrderByDescending(c => c.Update.Date)
            .ThenBy(c => c.Brief.Brief.Slug, StringComparer.Ordinal)];
}
