using System.Buffers;
using YamlDotNet.Core;

namespace Briefings.Content;

/// <summary>
/// Builds the node tree of ordinary front-matter by hand, without YamlDotNet's scanner and parser, which
/// cost far more than the tree they feed. It takes only the plain subset authors write — block mappings of
/// simple keys, block sequences, one-line flow sequences of scalars, one-line plain and quoted scalars,
/// comments — and declines anything else, so YamlDotNet still parses (and reports on) everything unusual.
/// What it accepts it must build exactly as <see cref="YamlModelLoader"/> would, positions included:
/// a doubt is always a reason to decline, never to guess.
/// Kept as a measured fast path (bench/ab, 10,000 briefs, 12 alternating pairs on tmpfs): without it, every
/// file through the guard and YamlDotNet's model, the build took 1.261× the wall time (IQR 1.208–1.327) and
/// 1.260× the CPU. FastYamlTreeBuilderTests compares the two on 5,000 damaged inputs and the sample site.
/// </summary>
internal static class FastYamlTreeBuilder
{
    /// <summary>Ordinary front-matter nests a few levels; deeper is left to the checks in front of YamlDotNet.</summary>
    private const int MaxDepth = 16;

    /// <summary>Keys are compared with every earlier key of their mapping, so very wide mappings are declined.</summary>
    private const int MaxEntries = 64;

    private const int MaxKeyLength = 128;

    // Each loading thread reuses its working lists across files.
    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <summary>The documents of <paramref name="yaml"/>, when it is plain front-matter this builder is sure to read as YamlDotNet does.</summary>
    /// <returns>False, with nothing built, for anything else.</returns>
    public static bool TryBuild(ReadOnlyMemory<char> yaml, out YamlDocuments documents)
    {
        documents = default;
        var text = yaml.Span;

        // Every node this reader builds takes at least 1.5 characters ("a:\n" is a key and an empty value), so
        // text no longer than the guard's node limit cannot exceed it; longer text goes through the guard.
        if (text.Length > YamlGuard.MaxNodes || !HasOnlyPlainCharacters(text))
        {
            return false;
        }

        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var reader = new Reader(text, scratch);
        var built = reader.TryReadDocument(out var root);
        if (scratch.TryClear())
        {
            t_scratch = scratch;
        }

        if (!built)
        {
            return false;
        }

        documents = new YamlDocuments(1, root, null);
        return true;
    }

    /// <summary>
    /// Declines at once text holding tabs, carriage returns, control characters, the characters YAML 1.1
    /// counts as line breaks (U+0085, U+2028, U+2029), byte-order marks, non-characters and lone surrogates:
    /// each changes how YamlDotNet scans, counts or refuses a line.
    /// </summary>
    // The generic IndexOfAnyExceptInRange boxed a char per call in the ahead-of-time compiled build (12 MB on
    // 10,000 briefs); a SearchValues set does the same scan without.
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray());

    private static bool HasOnlyPlainCharacters(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (true)
        {
            var next = text[i..].IndexOfAnyExcept(PrintableAscii);
            if (next < 0)
            {
                return true;
            }

            i += next;
            var c = text[i];
            if (c == '\n')
            {
                i++;
                continue;
            }

            if (c < '\u00A0' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }

            i++;
        }
    }

    private sealed class Scratch
    {
        public List<YamlTreeNode> Items { get; } = [];

        public List<KeyValuePair<YamlTreeNode, YamlTreeNode>> Entries { get; } = [];

        /// <summary>Empties the lists for the next file; false when they grew too large to keep around.</summary>
        public bool TryClear()
        {
            Items.Clear();
            Entries.Clear();
            return Items.Capacity + Entries.Capacity <= 4096;
        }
    }

    /// <summary>
    /// Reads the block structure line by line: the current line is the next one holding content (blank and
    /// comment-only lines are skipped as YAML skips them), and a collection goes on while lines come at its
    /// indentation. Positions are counted as YamlDotNet counts them: lines and UTF-16 columns from 1.
    /// </summary>
    private ref struct Reader(ReadOnlySpan<char> text, Scratch scratch)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private readonly Scratch _scratch = scratch;

        /// <summary>Where the line after the current one starts.</summary>
        private int _next;

        /// <summary>The number of the line <see cref="_next"/> starts.</summary>
        private int _nextNumber = 1;

        private int _lineStart;
        private int _lineEnd;
        private int _lineNumber;
        private int _indent;
        private bool _atEnd;

        private readonly ReadOnlySpan<char> Line => _text[_lineStart.._lineEnd];

        public bool TryReadDocument(out YamlTreeNode root)
        {
            root = null!;
            NextContentLine();

            // A document of nothing but comments is no document at all; rare enough to leave to YamlDotNet.
            if (_atEnd || _indent != 0 || !IsKeyAt(0))
            {
                return false;
            }

            if (!TryReadMapping(0, 1, out var mapping))
            {
                return false;
            }

            root = mapping;
            return _atEnd;
        }

        /// <summary>Moves to the next line that holds anything but spaces and a comment, or to the end.</summary>
        private void NextContentLine()
        {
            while (_next <= _text.Length)
            {
                var start = _next;
                var length = _text[start..].IndexOf('\n');
                var end = length < 0 ? _text.Length : start + length;
                _next = end + 1;
                var number = _nextNumber++;
                var line = _text[start..end];
                var indent = line.IndexOfAnyExcept(' ');
                if (indent < 0 || line[indent] == '#')
                {
                    continue;
                }

                (_lineStart, _lineEnd, _lineNumber, _indent) = (start, end, number, indent);
                return;
            }

            _atEnd = true;
        }

        /// <summary>Whether a simple key — ASCII letters, digits, '_', and '-' after the first character — followed by ':' and a space or the line's end starts at <paramref name="at"/>.</summary>
        private readonly bool IsKeyAt(int at) => KeyLength(at) > 0;

        /// <summary>The length of the key at <paramref name="at"/>, colon excluded, or 0 when there is none.</summary>
        private readonly int KeyLength(int at)
        {
            var line = Line;
            if (at >= line.Length || !char.IsAsciiLetterOrDigit(line[at]) && line[at] != '_')
            {
                return 0;
            }

            var end = at + 1;
            while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] is '_' or '-'))
            {
                end++;
            }

            // YAML limits a simple key to 1024 characters; real keys are short, and anything near that is declined.
            if (end - at > MaxKeyLength)
            {
                return 0;
            }

            var isKey = end < line.Length && line[end] == ':' && (end + 1 == line.Length || line[end + 1] == ' ');
            return isKey ? end - at : 0;
        }

        /// <summary>Whether the current line holds a block sequence entry ("- " or a lone "-") at <paramref name="at"/>.</summary>
        private readonly bool IsEntryAt(int at)
        {
            var line = Line;
            return at < line.Length && line[at] == '-' && (at + 1 == line.Length || line[at + 1] == ' ');
        }

        /// <summary>Reads a block mapping whose first key starts at column <paramref name="indent"/> of the current line.</summary>
        private bool TryReadMapping(int indent, int depth, out YamlTreeMapping mapping)
        {
            mapping = new YamlTreeMapping(new Mark(0, _lineNumber, indent + 1), TagName.Empty);
            if (depth > MaxDepth)
            {
                return false;
            }

            var entries = _scratch.Entries;
            var first = entries.Count;
            while (true)
            {
                var keyLength = KeyLength(indent);
                if (keyLength == 0)
                {
                    return false;
                }

                var keyText = Line.Slice(indent, keyLength);
                for (var i = first; i < entries.Count; i++)
                {
                    // YamlDotNet refuses a repeated key; its error is its own to give.
                    if (keyText.SequenceEqual(((YamlTreeScalar)entries[i].Key).Value))
                    {
                        return false;
                    }
                }

                if (entries.Count - first >= MaxEntries)
                {
                    return false;
                }

                var key = new YamlTreeScalar(new Mark(0, _lineNumber, indent + 1), TagName.Empty, keyText.ToString(), ScalarStyle.Plain);
                var colon = indent + keyLength;
                var valueAt = SkipSpaces(colon + 1);
                YamlTreeNode value;
                if (valueAt == Line.Length || Line[valueAt] == '#')
                {
                    if (!TryReadBlockValue(indent, colon, depth, out value))
                    {
                        return false;
                    }
                }
                else if (!TryReadLineValue(valueAt, depth, out value))
                {
                    return false;
                }

                entries.Add(new(key, value));
                if (_atEnd || _indent < indent)
                {
                    break;
                }

                // Deeper lines here would continue a plain scalar over lines, or be an error.
                if (_indent > indent)
                {
                    return false;
                }
            }

            mapping.EntryArray = ListTail.TakeFrom(entries, first);
            return true;
        }

        /// <summary>
        /// Reads the value of a key that holds nothing on its own line: a collection on the lines below, or
        /// else the empty plain scalar YamlDotNet puts just after the colon.
        /// </summary>
        private bool TryReadBlockValue(int parentIndent, int colon, int depth, out YamlTreeNode value)
        {
            var emptyAt = new Mark(0, _lineNumber, colon + 2);
            NextContentLine();
            if (!_atEnd && _indent > parentIndent)
            {
                if (IsEntryAt(_indent))
                {
                    var read = TryReadSequence(_indent, depth + 1, out var sequence);
                    value = sequence;
                    return read;
                }

                if (IsKeyAt(_indent))
                {
                    var read = TryReadMapping(_indent, depth + 1, out var mapping);
                    value = mapping;
                    return read;
                }

                // A plain scalar alone on the next line, or something stranger.
                value = null!;
                return false;
            }

            // A mapping's value may be a sequence at the mapping's own indentation.
            if (!_atEnd && _indent == parentIndent && IsEntryAt(_indent))
            {
                var read = TryReadSequence(_indent, depth + 1, out var sequence);
                value = sequence;
                return read;
            }

            value = new YamlTreeScalar(emptyAt, TagName.Empty, "", ScalarStyle.Plain);
            return true;
        }

        /// <summary>Reads a block sequence whose first '-' is at column <paramref name="indent"/> of the current line.</summary>
        private bool TryReadSequence(int indent, int depth, out YamlTreeSequence sequence)
        {
            sequence = new YamlTreeSequence(new Mark(0, _lineNumber, indent + 1), TagName.Empty);
            if (depth > MaxDepth)
            {
                return false;
            }

            var items = _scratch.Items;
            var first = items.Count;
            while (true)
            {
                var itemAt = SkipSpaces(indent + 1);

                // An empty entry, or one whose node starts on the next line: rare, and left to YamlDotNet.
                if (itemAt == indent + 1 || itemAt == Line.Length || Line[itemAt] == '#')
                {
                    return false;
                }

                YamlTreeNode item;
                if (IsKeyAt(itemAt))
                {
                    if (!TryReadMapping(itemAt, depth + 1, out var mapping))
                    {
                        return false;
                    }

                    item = mapping;
                }
                else if (!TryReadLineValue(itemAt, depth, out item))
                {
                    return false;
                }

                items.Add(item);
                if (_atEnd || _indent < indent)
                {
                    break;
                }

                if (_indent > indent)
                {
                    return false;
                }

                // A line at the sequence's indentation that is not an entry ends a sequence written at its
                // key's indentation; the mapping around it decides whether that line may follow.
                if (!IsEntryAt(indent))
                {
                    break;
                }
            }

            sequence.ItemArray = ListTail.TakeFrom(items, first);
            return true;
        }

        /// <summary>Reads a scalar or flow sequence that starts at <paramref name="at"/> and ends on this line, and moves to the next line.</summary>
        private bool TryReadLineValue(int at, int depth, out YamlTreeNode value)
        {
            value = null!;
            int end;
            switch (Line[at])
            {
                case '[':
                    if (depth + 1 > MaxDepth || !TryReadFlowSequence(at, out var sequence, out end))
                    {
                        return false;
                    }

                    value = sequence;
                    break;
                case '"':
                    if (!TryReadDoubleQuoted(at, out var doubleQuoted, out end))
                    {
                        return false;
                    }

                    value = doubleQuoted;
                    break;
                case '\'':
                    if (!TryReadSingleQuoted(at, out var singleQuoted, out end))
                    {
                        return false;
                    }

                    value = singleQuoted;
                    break;
                default:
                    if (!TryReadBlockPlain(at, out var plain, out end))
                    {
                        return false;
                    }

                    value = plain;
                    break;
            }

            if (!IsLineEndAt(end))
            {
                return false;
            }

            NextContentLine();
            return true;
        }

        /// <summary>Whether only spaces follow <paramref name="at"/>, or spaces and then a comment.</summary>
        private readonly bool IsLineEndAt(int at)
        {
            var rest = SkipSpaces(at);
            return rest == Line.Length || (Line[rest] == '#' && rest > at);
        }

        private readonly int SkipSpaces(int at)
        {
            var line = Line;
            while (at < line.Length && line[at] == ' ')
            {
                at++;
            }

            return at;
        }

        /// <summary>
        /// Whether <paramref name="c"/> may start a plain scalar here without doubt. YAML gives every indicator a
        /// meaning at the start of a node ('-', '?' and ':' only before a space, but those are declined too).
        /// </summary>
        private static bool MayStartPlain(char c) =>
            c is not (' ' or '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');

        /// <summary>
        /// A plain scalar in block context runs to the line's end or to a comment (a '#' after a space);
        /// ": " or a final ':' inside it would make it a key, which YAML refuses there.
        /// </summary>
        private bool TryReadBlockPlain(int at, out YamlTreeScalar scalar, out int end)
        {
            scalar = null!;
            end = at;
            var line = Line;
            if (!MayStartPlain(line[at]))
            {
                return false;
            }

            var last = at;
            for (var i = at; i < line.Length; i++)
            {
                var c = line[i];
                if (c == ' ')
                {
                    if (i + 1 < line.Length && line[i + 1] == '#')
                    {
                        break;
                    }

                    continue;
                }

                if (c == ':' && (i + 1 == line.Length || line[i + 1] == ' '))
                {
                    return false;
                }

                last = i;
            }

            end = last + 1;
            scalar = new YamlTreeScalar(new Mark(0, _lineNumber, at + 1), TagName.Empty, line[at..end].ToString(), ScalarStyle.Plain);
            return true;
        }

        /// <summary>
        /// A one-line flow sequence of scalars, "[a, b-c, 'd']". Plain items holding any character that could
        /// mean something in flow context (':', '?', '#', brackets, braces, quotes) are declined.
        /// </summary>
        private bool TryReadFlowSequence(int at, out YamlTreeSequence sequence, out int end)
        {
            sequence = new YamlTreeSequence(new Mark(0, _lineNumber, at + 1), TagName.Empty);
            end = at;
            var line = Line;
            var items = _scratch.Items;
            var first = items.Count;
            var i = SkipSpaces(at + 1);
            if (i < line.Length && line[i] == ']')
            {
                end = i + 1;
                return true;
            }

            while (true)
            {
                if (i >= line.Length)
                {
                    return false;
                }

                YamlTreeScalar item;
                int itemEnd;
                switch (line[i])
                {
                    case '"':
                        if (!TryReadDoubleQuoted(i, out item, out itemEnd))
                        {
                            return false;
                        }

                        break;
                    case '\'':
                        if (!TryReadSingleQuoted(i, out item, out itemEnd))
                        {
                            return false;
                        }

                        break;
                    default:
                        if (!TryReadFlowPlain(i, out item, out itemEnd))
                        {
                            return false;
                        }

                        break;
                }

                items.Add(item);
                i = SkipSpaces(itemEnd);
                if (i >= line.Length)
                {
                    return false;
                }

                if (line[i] == ']')
                {
                    end = i + 1;
                    break;
                }

                if (line[i] != ',')
                {
                    return false;
                }

                i = SkipSpaces(i + 1);

                // "[a,]" and "[a,,b]" are YAML's business.
                if (i < line.Length && line[i] is ',' or ']')
                {
                    return false;
                }
            }

            sequence.ItemArray = ListTail.TakeFrom(items, first);
            return true;
        }

        private bool TryReadFlowPlain(int at, out YamlTreeScalar scalar, out int end)
        {
            scalar = null!;
            end = at;
            var line = Line;
            if (!MayStartPlain(line[at]))
            {
                return false;
            }

            var last = at;
            var i = at;
            for (; i < line.Length; i++)
            {
                var c = line[i];
                if (c is ',' or ']')
                {
                    break;
                }

                if (c is ':' or '?' or '#' or '[' or '{' or '}' or '\'' or '"')
                {
                    return false;
                }

                if (c != ' ')
                {
                    last = i;
                }
            }

            if (i == line.Length)
            {
                return false;
            }

            end = last + 1;
            scalar = new YamlTreeScalar(new Mark(0, _lineNumber, at + 1), TagName.Empty, line[at..end].ToString(), ScalarStyle.Plain);
            return true;
        }

        /// <summary>A double-quoted scalar closed on its own line, with only the escapes \" \\ \/ \n and \t.</summary>
        private bool TryReadDoubleQuoted(int at, out YamlTreeScalar scalar, out int end)
        {
            scalar = null!;
            end = at;
            var line = Line;
            var escapes = 0;
            var close = at + 1;
            for (; close < line.Length && line[close] != '"'; close++)
            {
                if (line[close] == '\\')
                {
                    if (close + 1 == line.Length || line[close + 1] is not ('"' or '\\' or '/' or 'n' or 't'))
                    {
                        return false;
                    }

                    escapes++;
                    close++;
                }
            }

            if (close == line.Length)
            {
                return false;
            }

            var content = line[(at + 1)..close];
            string value;
            if (escapes == 0)
            {
                value = content.ToString();
            }
            else
            {
                value = string.Create(content.Length - escapes, content, static (into, quoted) =>
                {
                    var n = 0;
                    for (var i = 0; i < quoted.Length; i++)
                    {
                        var c = quoted[i];
                        if (c == '\\')
                        {
                            c = quoted[++i] switch
                            {
                                'n' => '\n',
                                't' => '\t',
                                var escaped => escaped,
                            };
                        }

                        into[n++] = c;
                    }
                });
            }

            end = close + 1;
            scalar = new YamlTreeScalar(new Mark(0, _lineNumber, at + 1), TagName.Empty, value, ScalarStyle.DoubleQuoted);
            return true;
        }

        /// <summary>A single-quoted scalar closed on its own line, where '' stands for '.</summary>
        private bool TryReadSingleQuoted(int at, out YamlTreeScalar scalar, out int end)
        {
            scalar = null!;
            end = at;
            var line = Line;
            var escapes = 0;
            var close = at + 1;
            while (true)
            {
                if (close >= line.Length)
                {
                    return false;
                }

                if (line[close] == '\'')
                {
                    if (close + 1 < line.Length && line[close + 1] == '\'')
                    {
                        escapes++;
                        close += 2;
                        continue;
                    }

                    break;
                }

                close++;
            }

            var content = line[(at + 1)..close];
            var value = escapes == 0 ? content.ToString() : content.ToString().Replace("''", "'", StringComparison.Ordinal);
            end = close + 1;
            scalar = new YamlTreeScalar(new Mark(0, _lineNumber, at + 1), TagName.Empty, value, ScalarStyle.SingleQuoted);
            return true;
        }
    }
}
