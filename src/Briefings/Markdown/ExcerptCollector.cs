using System.Text;
using Briefings.Content;
using Briefings.Markdown.Images;
using Briefings.Markdown.WikiLinks;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown;

/// <summary>
/// Gathers, while a brief's body is rendered, the sentence each entity is first named in ([[link]] or plain text), from
/// the nodes the renderer already found it in: a paragraph (list item, quote) is read as text only when it holds a first
/// mention, so a body pays for the paragraphs that name someone new, not for all of its text. A table row is one unit,
/// its cells joined, since a cell alone rarely says anything. One per thread, reused (<see cref="BodyRenderer"/>'s scratch).
/// </summary>
internal sealed class ExcerptCollector
{
    private const string CellSeparator = " · ";

    // The text of every unit read so far, one after another; each unit's range and each inline's place are offsets into it.
    private readonly StringBuilder _text = new();
    private readonly Dictionary<MarkdownObject, (int Start, int End, bool Row)> _units = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Inline, (int Offset, MarkdownObject Unit)> _inlines = new(ReferenceEqualityComparer.Instance);
    private readonly List<Occurrence> _occurrences = [];

    public void Clear()
    {
        _text.Clear();
        // A huge body's text is not kept for the next.
        if (_text.Capacity > 64 * 1024)
        {
            _text.Capacity = 64 * 1024;
        }

        _units.Clear();
        _inlines.Clear();
        _occurrences.Clear();
    }

    /// <summary>The first mention of <paramref name="key"/> found so far in <paramref name="inline"/>: its unit is read now, before the renderer changes it.</summary>
    public void First(EntityKey key, Inline inline, int start, int length)
    {
        if (Locate(inline, read: true) is { } offset)
        {
            _occurrences.Add(new Occurrence(key, offset + start, length, inline.Line, inline.Column + start, First: true));
        }
    }

    /// <summary>A later mention: marked if it falls in the sentence of a first one, so only where its unit was read already.</summary>
    public void Again(EntityKey key, Inline inline, int start, int length)
    {
        if (Locate(inline, read: false) is { } offset)
        {
            _occurrences.Add(new Occurrence(key, offset + start, length, inline.Line, inline.Column + start, First: false));
        }
    }

    /// <summary>The length of the text a [[link]] shows, which is what its excerpt marks.</summary>
    public static int DisplayLength(WikiLinkInline link) => Display(link).Length;

    private static string Display(WikiLinkInline link) => link.Label ?? link.ResolvedTitle ?? link.Target;

    public IReadOnlyList<MentionExcerpt> Build()
    {
        if (_occurrences.Count == 0)
        {
            return [];
        }

        var excerpts = new List<MentionExcerpt>();
        var done = new HashSet<EntityKey>();
        // Each entity's first mention in the order of the body; two found apart ([[link]] and plain name) compare by place.
        foreach (var first in _occurrences.Where(o => o.First).OrderBy(o => o.Line).ThenBy(o => o.Column))
        {
            if (!done.Add(first.Key) || Unit(first.Offset) is not var (start, end, row))
            {
                continue;
            }

            excerpts.Add(Excerpt(first, start, end, row));
        }

        return excerpts;
    }

    private MentionExcerpt Excerpt(Occurrence first, int unitStart, int unitEnd, bool row)
    {
        var unit = _text.ToString(unitStart, unitEnd - unitStart).AsSpan();
        var at = first.Offset - unitStart;
        var (sentenceStart, sentenceEnd) = row ? (0, unit.Length) : Sentences.Around(unit, at, first.Length);
        var (start, end) = Sentences.Window(unit, sentenceStart, sentenceEnd, at, first.Length, MentionExcerpt.MaxLength - 2);
        var cutBefore = start > sentenceStart;
        var cutAfter = end < sentenceEnd;
        var text = new StringBuilder(end - start + 2);
        if (cutBefore)
        {
            text.Append('…');
        }

        var shift = (cutBefore ? 1 : 0) - start;
        text.Append(unit[start..end].TrimEnd());
        var length = text.Length;
        if (cutAfter)
        {
            text.Append('…');
        }

        var marks = new List<int>();
        foreach (var o in _occurrences.Where(o => o.Key == first.Key).OrderBy(o => o.Offset))
        {
            var local = o.Offset - unitStart + shift;
            if (local >= (cutBefore ? 1 : 0) && local + o.Length <= length && (marks.Count == 0 || local >= marks[^2] + marks[^1]))
            {
                marks.Add(local);
                marks.Add(o.Length);
            }
        }

        return new MentionExcerpt(first.Key, text.ToString(), [.. marks]);
    }

    private (int Start, int End, bool Row)? Unit(int offset)
    {
        foreach (var (_, range) in _units)
        {
            if (offset >= range.Start && offset < range.End)
            {
                return range;
            }
        }

        return null;
    }

    private int? Locate(Inline inline, bool read)
    {
        if (_inlines.TryGetValue(inline, out var placed))
        {
            return placed.Offset;
        }

        if (!read || UnitOf(inline) is not { } unit || _units.ContainsKey(unit))
        {
            return null;
        }

        var start = _text.Length;
        if (unit is TableRow tableRow)
        {
            ReadRow(tableRow, unit);
        }
        else
        {
            ReadInlines(((LeafBlock)unit).Inline!, unit);
        }

        _units[unit] = (start, _text.Length, unit is TableRow);
        return _inlines.TryGetValue(inline, out placed) ? placed.Offset : null;
    }

    /// <summary>The paragraph an inline is in, or the table row, for a cell's.</summary>
    private static MarkdownObject? UnitOf(Inline inline)
    {
        var root = inline.Parent;
        while (root?.Parent is { } parent)
        {
            root = parent;
        }

        if (root?.ParentBlock is not LeafBlock leaf)
        {
            return null;
        }

        return leaf.Parent is TableCell { Parent: TableRow row } ? row : leaf;
    }

    private void ReadRow(TableRow row, MarkdownObject unit)
    {
        for (var c = 0; c < row.Count; c++)
        {
            if (c > 0)
            {
                _text.Append(CellSeparator);
            }

            if (row[c] is TableCell cell)
            {
                foreach (var block in cell)
                {
                    if (block is LeafBlock { Inline: { } inline })
                    {
                        ReadInlines(inline, unit);
                    }
                }
            }
        }
    }

    private void ReadInlines(ContainerInline container, MarkdownObject unit)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    _inlines[literal] = (_text.Length, unit);
                    _text.Append(literal.Content.AsSpan());
                    break;
                case WikiLinkInline link:
                    _inlines[link] = (_text.Length, unit);
                    _text.Append(Display(link));
                    break;
                case CodeInline code:
                    _text.Append(code.Content);
                    break;
                case LineBreakInline:
                    _text.Append(' ');
                    break;
                case AutolinkInline autolink:
                    _text.Append(autolink.Url);
                    break;
                // An image's alt text describes a picture, not what the sentence says.
                case LinkInline { IsImage: true } or PictureInline:
                    break;
                case ContainerInline children:
                    ReadInlines(children, unit);
                    break;
            }
        }
    }

    private readonly record struct Occurrence(EntityKey Key, int Offset, int Length, int Line, int Column, bool First);
}
