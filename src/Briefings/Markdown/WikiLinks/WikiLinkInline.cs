using Briefings.Content;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.WikiLinks;

/// <summary>A <c>[[target]]</c> or <c>[[target|label]]</c> span. <see cref="Resolved"/> is filled in after parsing, once all ids are known.</summary>
public sealed class WikiLinkInline : LeafInline
{
    public WikiLinkInline(string target, string? label)
    {
        Target = target;
        Label = label;
    }

    public string Target { get; }

    public string? Label { get; }

    public EntityKey? Resolved { get; set; }

    /// <summary>The text shown when no label was written: the entity's title or name.</summary>
    public string? ResolvedTitle { get; set; }
}
