namespace Briefings.Content;

/// <summary>
/// The path segments the site itself puts beside the entities of a kind: an entity with such an id would have its
/// page where the site's own pages are. The pages are made from these names, and the check refuses the ids, so the
/// two cannot drift apart.
/// </summary>
public static class ReservedIds
{
    /// <summary>The later pages of a paged list: <c>people/page/2/</c>, <c>people/keir-starmer/quotes/page/2/</c>.</summary>
    public const string Page = "page";

    /// <summary>The tracker's list of the commitments in one status: <c>commitments/status/pledged/</c>.</summary>
    public const string Status = "status";

    /// <summary>The commitments not updated for longer than <c>stale_after_days</c>: <c>commitments/stale/</c>.</summary>
    public const string Stale = "stale";

    /// <summary>The table of every actor's figures: <c>commitments/actors/</c>.</summary>
    public const string Actors = "actors";

    /// <summary>What the site keeps <c>kind/id/</c> for, or null where the id is free.</summary>
    public static string? Use(ContentKind kind, string id)
    {
        // Kept in every kind's folder, the archive's too, so that any list there can be paged.
        if (id == Page)
        {
            return "the later pages of paged lists";
        }

        if (kind == ContentKind.Commitment && id == Status)
        {
            return "the tracker's lists of the commitments in each status";
        }

        // The archive's months are briefs/yyyy/mm/; any year may get one, so every four-digit slug is kept for them.
        if (kind == ContentKind.Commitment && id == Stale)
        {
            return "the list of commitments not updated for longer than stale_after_days";
        }

        if (kind == ContentKind.Commitment && id == Actors)
        {
            return "the table of every actor's commitment figures";
        }

        return kind == ContentKind.Brief && IsYear(id) ? $"the archive's months of {id}" : null;
    }

    public static bool IsYear(string id) => id.Length == 4 && id.All(char.IsAsciiDigit);
}
