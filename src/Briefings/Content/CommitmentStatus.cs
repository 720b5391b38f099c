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

    public static string Slug(this CommitmentStatus status) => status switch
    {
        CommitmentStatus.InProgress => "in-progress",
        _ => status.ToString().ToLowerInvariant(),
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
