using YamlDotNet.Core;

namespace Briefings.Content;

/// <summary>
/// A node of parsed front-matter: only what the readers ask of it, and where it starts (line and
/// column within the YAML block). Aliased nodes are shared, not copied.
/// </summary>
public abstract class YamlTreeNode
{
    private protected YamlTreeNode(Mark start, TagName tag)
    {
        Line = (int)start.Line;
        Column = (int)start.Column;
        Tag = tag.IsEmpty ? null : tag.Value;
    }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The resolved tag, or null when the node has none; a tagged key is a different key.</summary>
    public string? Tag { get; }

    internal Mark Start => new(0, Line, Column);
}

public sealed class YamlTreeScalar(Mark start, TagName tag, string value, ScalarStyle style) : YamlTreeNode(start, tag)
{
    public string Value { get; } = value;

    public ScalarStyle Style { get; } = style;
}

public sealed class YamlTreeSequence(Mark start, TagName tag) : YamlTreeNode(start, tag)
{
    // Filled in once the sequence is complete, at exactly its length.
    internal YamlTreeNode[] ItemArray { get; set; } = [];

    public ReadOnlySpan<YamlTreeNode> Items => ItemArray;
}

public sealed class YamlTreeMapping(Mark start, TagName tag) : YamlTreeNode(start, tag)
{
    /// <summary>An empty mapping, for front-matter that holds no fields at all.</summary>
    public YamlTreeMapping()
        : this(Mark.Empty, TagName.Empty)
    {
    }

    // Filled in once the mapping is complete, at exactly its length.
    internal KeyValuePair<YamlTreeNode, YamlTreeNode>[] EntryArray { get; set; } = [];

    /// <summary>The keys and values in the order they were written.</summary>
    public ReadOnlySpan<KeyValuePair<YamlTreeNode, YamlTreeNode>> Entries => EntryArray;

    /// <summary>The value of the untagged text key <paramref name="key"/>, as YamlDotNet's own lookup by key finds it.</summary>
    public YamlTreeNode? Find(string key)
    {
        foreach (var (k, value) in EntryArray)
        {
            if (k is YamlTreeScalar { Tag: null } scalar && scalar.Value == key)
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>An alias YamlDotNet's own loader left unresolved (it can, in rare forward-alias cases); it reads as no value.</summary>
public sealed class YamlTreeAlias() : YamlTreeNode(Mark.Empty, TagName.Empty);

/// <summary>How many documents a YAML stream held, and the roots of the first two (the second only to point at it).</summary>
internal readonly record struct YamlDocuments(int Count, YamlTreeNode? First, YamlTreeNode? Second);
