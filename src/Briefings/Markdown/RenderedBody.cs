using Briefings.Content;
using Briefings.Markdown.Embeds;

namespace Briefings.Markdown;

/// <summary>
/// A body turned into HTML, with what it links to (<c>[[links]]</c>) and whom it names in plain text. The HTML is
/// kept as UTF-8, the bytes the pages are written in: every body lives from the Markdown stage to the end of a build,
/// where as strings the collector had to keep and move them, and UTF-8 is half their size (bench/README.md, "Bodies
/// as UTF-8").
/// </summary>
public sealed class RenderedBody
{
    public static readonly RenderedBody Empty = new([], [], [], []);

    private readonly byte[] _utf8Html;

    internal RenderedBody(byte[] utf8Html, IReadOnlyList<EntityKey> links, IReadOnlyList<EntityKey> mentions, IReadOnlyList<Embed> embeds)
    {
        _utf8Html = utf8Html;
        Links = links;
        Mentions = mentions;
        Embeds = embeds;
    }

    /// <summary>The HTML as UTF-8: what pages copy in, with no string made on the way.</summary>
    public ReadOnlyMemory<byte> Utf8Html => _utf8Html;

    /// <summary>The HTML, decoded anew on every read.</summary>
    public string Html => System.Text.Encoding.UTF8.GetString(_utf8Html);

    public IReadOnlyList<EntityKey> Links { get; }

    public IReadOnlyList<EntityKey> Mentions { get; }

    /// <summary>The cards to place into <see cref="Utf8Html"/>, in order: the pages make them, as they show the current state.</summary>
    public IReadOnlyList<Embed> Embeds { get; }

    /// <summary>The site's image files the body shows, which the output publishes in every width.</summary>
    public IReadOnlyList<Briefings.Images.ImageSource> Images { get; init; } = [];
}
