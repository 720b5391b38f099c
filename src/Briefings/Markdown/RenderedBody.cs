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

    private byte[]? _utf8Html;

    private int _readersLeft;

    /// <summary>Where the HTML waits in a temporary file (<see cref="HtmlSpill"/>), with its offset and length there; null while it is in memory.</summary>
    private (HtmlSpill Spill, long Offset, int Length)? _spilled;

    internal RenderedBody(byte[] utf8Html, IReadOnlyList<EntityKey> links, IReadOnlyList<EntityKey> mentions, IReadOnlyList<Embed> embeds)
    {
        _utf8Html = utf8Html;
        Links = links;
        Mentions = mentions;
        Embeds = embeds;
    }

    /// <summary>The HTML as UTF-8: what pages copy in, with no string made on the way.</summary>
    public ReadOnlyMemory<byte> Utf8Html => _utf8Html ?? (_spilled is var (spill, offset, length) ? spill.Read(offset, length) : throw new InvalidOperationException(
        "This body's HTML was let go once the readers it was kept for had read it (ReleaseAfter); a reader added since must be counted there."));

    /// <summary>The HTML, decoded anew on every read.</summary>
    public string Html => System.Text.Encoding.UTF8.GetString(Utf8Html.Span);

    /// <summary>
    /// Lets go of the HTML once <paramref name="readers"/> readers have said <see cref="DoneReading"/>, in a build that
    /// keeps nothing for a next one: a brief's HTML is read by its page and by the search index when it indexes the brief,
    /// each of which holds on to what it read as long as it needs it. On 100,000 briefs the bodies were ~650 MB of the heap
    /// the pages rendered beside, all of it alive to the end of the build (bench/README.md, "Rendered bodies let go once read").
    /// </summary>
    /// <param name="spill">Where the HTML waits for its readers: in memory, or in its file once its budget is spent.</param>
    internal void ReleaseAfter(int readers, HtmlSpill spill)
    {
        if (ReferenceEquals(this, Empty))
        {
            return;
        }

        _readersLeft = readers;
        if (_utf8Html is { } html && spill.Place(html) is { } offset)
        {
            _spilled = (spill, offset, html.Length);
            _utf8Html = null;
        }
    }

    /// <summary>One of the readers <see cref="ReleaseAfter"/> counted has what it needs; a body kept for good ignores it.</summary>
    public void DoneReading()
    {
        if (Volatile.Read(ref _readersLeft) > 0 && Interlocked.Decrement(ref _readersLeft) == 0)
        {
            _utf8Html = null;
            _spilled = null;
        }
    }

    public IReadOnlyList<EntityKey> Links { get; }

    public IReadOnlyList<EntityKey> Mentions { get; }

    /// <summary>The cards to place into <see cref="Utf8Html"/>, in order: the pages make them, as they show the current state.</summary>
    public IReadOnlyList<Embed> Embeds { get; }

    /// <summary>For a brief: the sentence each entity it names or links is first named in, in the body's order.</summary>
    public IReadOnlyList<MentionExcerpt> Excerpts { get; init; } = [];

    /// <summary>The sentence <paramref name="key"/> is first named in, if the body names it.</summary>
    public MentionExcerpt? ExcerptOf(EntityKey key)
    {
        // A handful per brief: a scan beats a table.
        foreach (var excerpt in Excerpts)
        {
            if (excerpt.Key == key)
            {
                return excerpt;
            }
        }

        return null;
    }

    /// <summary>The site's image files the body shows, which the output publishes in every width.</summary>
    public IReadOnlyList<Briefings.Images.ImageSource> Images { get; init; } = [];
}
