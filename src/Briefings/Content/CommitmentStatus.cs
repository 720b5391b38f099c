namespace Briefings.Content;

public enum CommitmentStatus
{
    Proposed,
    Offered,
    Pledged,
    InProgress,
    Delivered,
    Withdrawn,
    Broken,
}

public static class CommitmentStatuses
{
    public static readonly IReadOnlyList<CommitmentStatus> All = Enum.GetValues<CommitmentStatus>();

    // Literals, not the enum's name lower-cased: the search index, the feeds and the data files ask for a slug per entry.
    public static string Slug(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.Proposed => "proposed",
        CommitmentStatus.Offered => "offered",
        CommitmentStatus.Pledged => "pledged",
        CommitmentStatus.InProgress => "in-progress",
        CommitmentStatus.Delivered => "delivered",
        CommitmentStatus.Withdrawn => "withdrawn",
        CommitmentStatus.Broken => "broken",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static string Label(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static bool TryParse(string text, out CommitmentStatus status)
    {
        foreach (var candidate in All)
        {
            if (candidate.Slug() == text)
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }
}
