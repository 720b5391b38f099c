using Briefings.Graph;

namespace Briefings.Markdown;

/// <summary>A body turned into HTML, with what it links to (<c>[[links]]</c>) and whom it names in plain text.</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<EntityKey> Links, IReadOnlyList<EntityKey> Mentions)
{
    public static readonly RenderedBody Empty = new("", [], []);
}
