namespace Briefings.Content;

/// <summary>Everything read from disk, typed, before any cross-file check.</summary>
public sealed record LoadedContent(
    SiteSource Source,
    SiteConfig Config,
    IReadOnlyList<Brief> Briefs,
    IReadOnlyList<Person> People,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<CommitmentDocument> Commitments,
    IReadOnlySet<string> UnreadablePeopleAndOrganizations);
