namespace Briefings.Content;

public sealed record Topic(string File, string Id, string Title, Body Body)
{
    /// <summary>Old ids, after a rename: each gets a page that sends readers here.</summary>
    public IReadOnlyList<Ref> RedirectFrom { get; init; } = [];
}
