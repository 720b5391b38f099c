namespace Briefings.Content;

public sealed record Person(
    string File,
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Role,
    Ref? Organization,
    IReadOnlyList<Link> Links,
    Body Body);

public sealed record Link(string Title, string Url, Diagnostics.TextPosition At);
