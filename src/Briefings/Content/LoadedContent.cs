namespace Briefings.Content;

/// <summary>Everything read from disk, typed, before any cross-file check.</summary>
/// <param name="UnreadableBriefs">The slug its file name gives, and the file, of each brief that could not be read (its own error says why).</param>
/// <param name="LeftOut">Each brief this build does not publish (draft, scheduled or expired), by slug, to explain links to them.</param>
public sealed record LoadedContent(
    SiteSource Source,
    SiteConfig Config,
    IReadOnlyList<Brief> Briefs,
    IReadOnlyList<Person> People,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<CommitmentDocument> Commitments,
    IReadOnlySet<string> UnreadablePeopleAndOrganizations,
    IReadOnlyDictionary<string, string> UnreadableBriefs,
    IReadOnlyDictionary<string, LeftOutBrief> LeftOut)
{
    public Publishing Publishing { get; init; } = new(DateOnly.MaxValue, false, false, false);

    /// <summary>The briefs past their expiry date: left out of every list, with a short page at their URL.</summary>
    public IReadOnlyList<Brief> Expired { get; init; } = [];
}
