namespace Briefings.Content;

/// <summary>
/// An organization. <see cref="Aliases"/> serve search and suggestions only; bodies name it by <see cref="Name"/> and
/// the phrases in <see cref="Match"/>, as an alias such as "Washington" or "the previous US administration" may
/// stand for something other than the organization itself.
/// </summary>
public sealed record Organization(
    string File,
    string Id,
    string Name,
    OrganizationKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Match,
    Ref? Parent,
    Body Body)
{
    /// <summary>Old ids, after a rename: each gets a page that sends readers here.</summary>
    public IReadOnlyList<Ref> RedirectFrom { get; init; } = [];
    /// <summary>The logo.</summary>
    public ImageRef? Image { get; init; }
}

public enum OrganizationKind
{
    Other,
    Country,
    Government,
    Agency,
    Alliance,
    Party,
    Institution,
}
