namespace Briefings.Content;

public sealed record Person(
    string File,
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Role,
    Ref? Organization,
    IReadOnlyList<Link> Links,
    Body Body)
{
    /// <summary>Old ids, after a rename: each gets a page that sends readers here.</summary>
    public IReadOnlyList<Ref> RedirectFrom { get; init; } = [];
    /// <summary>The portrait.</summary>
    public ImageRef? Image { get; init; }

    /// <summary>
    /// People whose names are near this one's, yet who are someone else (<c>different_from:</c>, as Wikidata's property of
    /// that name): the near-name lint leaves each such pair alone.
    /// </summary>
    public IReadOnlyList<Ref> DifferentFrom { get; init; } = [];
}

public sealed record Link(string Title, string Url, Diagnostics.TextPosition At);
