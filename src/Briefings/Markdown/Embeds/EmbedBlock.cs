using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefings.Markdown.Embeds;

/// <summary>
/// A <c>{{&lt; kind target &gt;}}</c> line. What it shows is resolved after parsing, once all ids are known, and its
/// card is made by the pages, which know the current status of a commitment; the HTML keeps only its place.
/// </summary>
public sealed class EmbedBlock(BlockParser parser, string kindName, IReadOnlyList<string> arguments) : LeafBlock(parser)
{
    /// <summary>The first word, as written ("quote"); <see cref="Kind"/> is null when it names no kind of embed.</summary>
    public string KindName { get; } = kindName;

    public EmbedKind? Kind { get; } = EmbedKinds.Parse(kindName);

    /// <summary>The words after the kind: one target, when it is written right.</summary>
    public IReadOnlyList<string> Arguments { get; } = arguments;

    /// <summary>Set once resolved: what the card shows.</summary>
    public Embed? Resolved { get; set; }

    /// <summary>Where in the rendered HTML the card goes, in characters; set by <see cref="HtmlEmbedRenderer"/>.</summary>
    public int HtmlOffset { get; set; } = -1;
}
