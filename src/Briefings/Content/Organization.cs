namespace Briefings.Content;

public sealed record Organization(
    string File,
    string Id,
    string Name,
    OrganizationKind Kind,
    IReadOnlyList<string> Aliases,
    Ref? Parent,
    Body Body);

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
