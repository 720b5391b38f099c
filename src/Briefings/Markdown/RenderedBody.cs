using Briefings.Content;

namespace Briefings.Markdown;

/// <summary>
/// A body turned into HTML, with what it links to (<c>[[links]]</c>) and whom it names in plain text. The HTML is
/// kept as UTF-8, the bytes the pages are written in, outside the collected heap (<see cref="NativeUtf8"/>): every
/// body lives from the Markdown stage to the end of a build, and as strings they were 114 MB of 10,000 briefs that
/// the collector had to keep and move, as UTF-8 half that.
/// </summary>
public sealed class RenderedBody
{
    public static readonly RenderedBody Empty = new(default, [], []);

    private readonly NativeUtf8 _utf8Html;

    internal RenderedBody(NativeUtf8 utf8Html, IReadOnlyList<EntityKey> links, IReadOnlyList<EntityKey> mentions)
    {
        _utf8Html = utf8Html;
        Links = links;
        Mentions = mentions;
    }

    /// <summary>The HTML as UTF-8: what pages copy in, with no string made on the way.</summary>
    public ReadOnlyMemory<byte> Utf8Html => _utf8Html.Memory;

    /// <summary>The HTML, decoded anew on every read.</summary>
    public string Html => _utf8Html.Decode();

    public IReadOnlyList<EntityKey> Links { get; }

    public IReadOnlyList<EntityKey> Mentions { get; }
}
