namespace Briefings.Content;

/// <summary>Everything read from disk, typed, before any cross-file check.</summary>
/// <param name="UnreadableBriefs">The slug its file name gives, and the file, of each brief that could not be read (its own error says why).</param>
/// <param name="LeftOutDrafts">The slug and file of each draft brief left out of this build, to explain links to them.</param>
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
    IReadOnlyDictionary<string, string> LeftOutDrafts);
