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
    // A plain array, so an excerpt is cut from it as a span with no string of the whole unit made first.
    private char[] _text = new char[4096];
    private int _length;
    private readonly HashSet<EntityKey> _done = [];
    private readonly List<Occurrence> _firsts = [];
    private readonly List<(int Offset, int Length)> _marks = [];
    // Lists, not tables: a body has a few units read and a few dozen inlines in them, and a scan of those by reference
    // cost less than hashing every inline of a unit as it was read.
    private readonly List<(MarkdownObject Unit, int Start, int End, bool Row)> _units = [];
    private readonly List<(Inline Inline, int Offset)> _inlines = [];
    private readonly List<Occurrence> _occurrences = [];

    public void Clear()
    {
        _length = 0;
        // A huge body's text is not kept for the next.
        if (_text.Length > 64 * 1024)
        {
            _text = new char[4096];
        }

        _done.Clear();
        _firsts.Clear();
        _marks.Clear();
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
        foreach (var occurrence in _occurrences)
        {
            if (occurrence.First)
            {
                _firsts.Add(occurrence);
            }
        }

        if (_firsts.Count == 0)
        {
            return [];
        }

        // Each entity's first mention in the order of the body; two found apart ([[link]] and plain name) compare by place.
        _firsts.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        var excerpts = new MentionExcerpt[_firsts.Count];
        var count = 0;
        foreach (var first in _firsts)
        {
            if (_done.Add(first.Key) && Unit(first.Offset) is var (start, end, row))
            {
                excerpts[count++] = Excerpt(first, start, end, row);
            }
        }

        return count == excerpts.Length ? excerpts : excerpts[..count];
    }

    private MentionExcerpt Excerpt(Occurrence first, int unitStart, int unitEnd, bool row)
    {
        ReadOnlySpan<char> unit = _text.AsSpan(unitStart, unitEnd - unitStart);
        var at = first.Offset - unitStart;
        var (sentenceStart, sentenceEnd) = row ? (0, unit.Length) : Sentences.Around(unit, at, first.Length);
        var (start, end) = Sentences.Window(unit, sentenceStart, sentenceEnd, at, first.Length, MentionExcerpt.MaxLength - 2);
        var cutBefore = start > sentenceStart;
        var cutAfter = end < sentenceEnd;
        var words = unit[start..end].TrimEnd();
        var text = string.Concat(cutBefore ? "…" : "", words, cutAfter ? "…" : "");

        // Every mention of the entity inside the excerpt, in order, none overlapping the one before.
        var shift = (cutBefore ? 1 : 0) - start;
        _marks.Clear();
        foreach (var o in _occurrences)
        {
            var local = o.Offset - unitStart + shift;
            if (o.Key == first.Key && local >= (cutBefore ? 1 : 0) && local + o.Length <= (cutBefore ? 1 : 0) + words.Length)
            {
                _marks.Add((local, o.Length));
            }
        }

        _marks.Sort();
        var marks = new List<int>(_marks.Count * 2);
        foreach (var (offset, length) in _marks)
        {
            if (marks.Count == 0 || offset >= marks[^2] + marks[^1])
            {
                marks.Add(offset);
                marks.Add(length);
            }
        }

        return new MentionExcerpt(first.Key, text, [.. marks]);
    }

    private (int Start, int End, bool Row)? Unit(int offset)
    {
        foreach (var (_, start, end, row) in _units)
        {
            if (offset >= start && offset < end)
            {
                return (start, end, row);
            }
        }

        return null;
    }

    private int? Locate(Inline inline, bool read)
    {
        if (Placed(inline) is { } offset)
        {
            return offset;
        }

        if (!read || UnitOf(inline) is not { } unit || IsRead(unit))
        {
            return null;
        }

        var start = _length;
        if (unit is TableRow tableRow)
        {
            ReadRow(tableRow);
        }
        else
        {
            ReadInlines(((LeafBlock)unit).Inline!);
        }

        _units.Add((unit, start, _length, unit is TableRow));
        return Placed(inline);
    }

    private int? Placed(Inline inline)
    {
        foreach (var (placed, offset) in _inlines)
        {
            if (ReferenceEquals(placed, inline))
            {
                return offset;
            }
        }

        return null;
    }

    private bool IsRead(MarkdownObject unit)
    {
        foreach (var read in _units)
        {
            if (ReferenceEquals(read.Unit, unit))
            {
                return true;
            }
        }

        return false;
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

    private void ReadRow(TableRow row)
    {
        for (var c = 0; c < row.Count; c++)
        {
            if (c > 0)
            {
                Append(CellSeparator);
            }

            if (row[c] is TableCell cell)
            {
                foreach (var block in cell)
                {
                    if (block is LeafBlock { Inline: { } inline })
                    {
                        ReadInlines(inline);
                    }
                }
            }
        }
    }

    private void ReadInlines(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    _inlines.Add((literal, _length));
                    Append(literal.Content.AsSpan());
                    break;
                case WikiLinkInline link:
                    _inlines.Add((link, _length));
                    Append(Display(link));
                    break;
                case CodeInline code:
                    Append(code.Content);
                    break;
                case LineBreakInline:
                    Append(" ");
                    break;
                case AutolinkInline autolink:
                    Append(autolink.Url);
                    break;
                // An image's alt text describes a picture, not what the sentence says.
                case LinkInline { IsImage: true } or PictureInline:
                    break;
                case ContainerInline children:
                    ReadInlines(children);
                    break;
            }
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + text.Length));
        }

        text.CopyTo(_text.AsSpan(_length));
        _length += text.Length;
    }

    private readonly record struct Occurrence(EntityKey Key, int Offset, int Length, int Line, int Column, bool First);
}
