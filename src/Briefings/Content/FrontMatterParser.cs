using System.Buffers;
using System.Text;
using Briefings.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Content;

/// <summary>Splits the <c>---</c> block off a file and parses it with YamlDotNet into a tree that keeps node positions.</summary>
public static class FrontMatterParser
{
    /// <summary>Deeper nesting than this is never meaningful front-matter, and YamlDotNet builds its tree recursively.</summary>
    public const int MaxDepth = 64;

    public const int MaxNodes = 100_000;

    /// <summary>
    /// Front-matter up to this many characters is "short": it cannot hold <see cref="MaxNodes"/> nodes (even
    /// bare punctuation such as "[:,:,:]" makes under two nodes a character), so only nesting and aliases can make it costly.
    /// </summary>
    internal const int ShortYaml = 16 * 1024;

    private static readonly string DeepIndent = new(' ', 33);

    /// <summary>Splits and parses a file from its UTF-8 bytes, as <see cref="TextFileReader.ReadUtf8"/> checked them.</summary>
    public static FrontMatterDocument? Parse(string file, ReadOnlySpan<byte> utf8, DiagnosticBag diagnostics)
    {
        byte[]? normalized = null;
        try
        {
            if (utf8.Contains((byte)'\r'))
            {
                normalized = ArrayPool<byte>.Shared.Rent(utf8.Length);
                utf8 = NormalizeLineEnds(utf8, normalized);
            }

            return Split(file, utf8, diagnostics);
        }
        finally
        {
            if (normalized is not null)
            {
                ArrayPool<byte>.Shared.Return(normalized);
            }
        }
    }

    /// <summary>
    /// Finds the block on the UTF-8 bytes ('\n' and the markers are single bytes that never occur inside
    /// a longer character), so only the YAML and the body are decoded, each once, never the whole file.
    /// </summary>
    private static FrontMatterDocument? Split(string file, ReadOnlySpan<byte> text, DiagnosticBag diagnostics)
    {
        var firstEnd = text.IndexOf((byte)'\n');
        if (!IsMarkerLine(firstEnd < 0 ? text : text[..firstEnd], "---"u8))
        {
            diagnostics.Error(Codes.FrontMatterMissing, file, TextPosition.Start,
                "file does not start with a front-matter block; add '---' on the first line, the YAML fields, then '---'");
            return null;
        }

        var yamlStart = firstEnd + 1;
        var lineNumber = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            var length = text[position..].IndexOf((byte)'\n');
            var end = length < 0 ? -1 : position + length;
            var line = end < 0 ? text[position..] : text[position..end];
            if (IsMarkerLine(line, "---"u8) || IsMarkerLine(line, "..."u8))
            {
                var bodyStart = end < 0 ? text.Length : end + 1;
                var root = DecodeAndParseYaml(file, text[yamlStart..position], diagnostics);
                return root is null ? null : new FrontMatterDocument(root, 2, Body.FromUtf8(text[bodyStart..], lineNumber + 1));
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            lineNumber++;
        }

        diagnostics.Error(Codes.FrontMatterMissing, file, TextPosition.Start,
            "front-matter block is not closed; add a line holding only '---' after the YAML fields");
        return null;
    }

    /// <summary>Whether the line is the marker followed only by white space, as <see cref="string.TrimEnd()"/> counts it.</summary>
    private static bool IsMarkerLine(ReadOnlySpan<byte> line, ReadOnlySpan<byte> marker)
    {
        if (!line.StartsWith(marker))
        {
            return false;
        }

        var rest = line[marker.Length..];
        if (rest.IsEmpty)
        {
            return true;
        }

        // Decoded, because white space includes characters beyond ASCII (a no-break space, say).
        var chars = rest.Length <= 256 ? stackalloc char[rest.Length] : new char[rest.Length];
        var count = Encoding.UTF8.GetChars(rest, chars);
        return chars[..count].IsWhiteSpace();
    }

    /// <summary>"\r\n" and a lone "\r" both become "\n", as in the text the positions are counted in.</summary>
    private static ReadOnlySpan<byte> NormalizeLineEnds(ReadOnlySpan<byte> text, byte[] into)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var b = text[i];
            if (b == (byte)'\r')
            {
                if (i + 1 < text.Length && text[i + 1] == (byte)'\n')
                {
                    continue;
                }

                b = (byte)'\n';
            }

            into[length++] = b;
        }

        return into.AsSpan(0, length);
    }

    private static YamlTreeMapping? DecodeAndParseYaml(string file, ReadOnlySpan<byte> utf8, DiagnosticBag diagnostics)
    {
        // Every UTF-8 byte decodes to at most one UTF-16 character.
        var chars = ArrayPool<char>.Shared.Rent(utf8.Length);
        try
        {
            var count = Encoding.UTF8.GetChars(utf8, chars);
            return ParseYaml(file, chars.AsMemory(0, count), firstLine: 2, diagnostics);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    internal static YamlTreeMapping? ParseYaml(string file, ReadOnlyMemory<char> yaml, int firstLine, DiagnosticBag diagnostics)
    {
        TextPosition At(Mark mark) => new((int)mark.Line + firstLine - 1, (int)mark.Column);

        // Aliases are checked on the block already split off, before any node is built.
        if (!YamlAliasLimits.Check(file, yaml, firstLine, diagnostics))
        {
            return null;
        }

        try
        {
            if (MayBeComplex(yaml.Span) && !WithinLimits(yaml, out var tooComplexAt))
            {
                diagnostics.Error(Codes.YamlTooComplex, file, At(tooComplexAt),
                    $"front-matter nests deeper than {MaxDepth} levels or holds more than {MaxNodes:N0} nodes; simplify it");
                return null;
            }

            // Ordinary front-matter is read by hand; anything the fast path is not sure of goes to YamlDotNet, diagnostics and all.
            if (!FastYamlTreeBuilder.TryBuild(yaml, out var documents))
            {
                documents = YamlTreeBuilder.Build(yaml) ?? AliasedYamlLoader.Load(yaml);
            }

            if (documents.Count == 0)
            {
                return new YamlTreeMapping();
            }

            if (documents.Count > 1)
            {
                diagnostics.Error(Codes.MalformedYaml, file, At(documents.Second!.Start), "front-matter holds more than one YAML document; remove the extra '---'");
                return null;
            }

            var root = documents.First!;
            if (root is YamlTreeMapping mapping)
            {
                return mapping;
            }

            if (root is YamlTreeScalar { Value: "" })
            {
                return new YamlTreeMapping();
            }

            diagnostics.Error(Codes.MalformedYaml, file, At(root.Start), "front-matter must be a mapping of 'key: value' lines");
            return null;
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            var at = message.Contains("tab", StringComparison.Ordinal) && FirstIndentingTab(yaml.Span) is { } tab
                ? new TextPosition(tab.Line + firstLine - 1, tab.Column)
                : At(e.Start);
            diagnostics.Error(Codes.MalformedYaml, file, at, $"malformed YAML: {OneLine(message)}");
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet reports some structural faults (duplicate keys among them) this way.
            diagnostics.Error(Codes.MalformedYaml, file, new TextPosition(firstLine, 1), $"malformed YAML: {OneLine(e.Message)}");
            return null;
        }
    }

    /// <summary>
    /// A quick look that clears ordinary front-matter (short, shallow, no anchors) without a second
    /// parse; anything else gets the exact check below.
    /// </summary>
    private static bool MayBeComplex(ReadOnlySpan<char> yaml)
    {
        if (yaml.Length > ShortYaml)
        {
            return true;
        }

        // The scan below can only say yes at an '&' or '*', past 16 brackets or after 32 spaces in a row;
        // searching for those at once clears most front-matter without looking at it character by character.
        if (!yaml.ContainsAny('&', '*') && yaml.Count('[') + yaml.Count('{') <= 16 && !yaml.Contains(DeepIndent, StringComparison.Ordinal))
        {
            return false;
        }

        var depth = 0;
        var indent = 0;
        var lineStart = true;
        var previous = '\n';
        char? quote = null;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            // Brackets count inside quotes too: a false alarm only costs the exact check, a miss could cost the stack.
            if (c is '[' or '{' && ++depth > 16)
            {
                return true;
            }

            if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }

            if (quote is { } open)
            {
                if (c == '\\' && open == '"')
                {
                    i++;
                }
                else if (c == open)
                {
                    quote = null;
                }

                previous = c;
                continue;
            }

            var startsToken = previous is ' ' or '\n' or '[' or '{' or ',' or '-' or ':';
            switch (c)
            {
                case '"' or '\'' when startsToken:
                    quote = c;
                    break;
                case '&' or '*' when startsToken:
                    // An anchor or an alias: aliases are what expansion bombs are made of.
                    return true;
            }

            if (c == '\n')
            {
                lineStart = true;
                indent = 0;
            }
            else if (lineStart && c == ' ')
            {
                if (++indent > 32)
                {
                    return true;
                }
            }
            else
            {
                lineStart = false;
            }

            previous = c;
        }

        return false;
    }

    /// <summary>
    /// Walks the event stream before any node is built, so hostile nesting and size are refused
    /// (YamlDotNet's own loader, still used for aliases, builds its tree recursively).
    /// </summary>
    private static bool WithinLimits(ReadOnlyMemory<char> yaml, out Mark at)
    {
        var parser = new Parser(new MemoryTextReader(yaml));
        var depth = 0;
        var nodes = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            switch (current)
            {
                case MappingStart or SequenceStart:
                    depth++;
                    nodes++;
                    break;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
                case Scalar or AnchorAlias:
                    nodes++;
                    break;
            }

            if (depth > MaxDepth || nodes > MaxNodes)
            {
                at = current.Start;
                return false;
            }
        }

        at = Mark.Empty;
        return true;
    }

    /// <summary>YamlDotNet reports a tab used as indentation at the start of the enclosing mapping; point at the tab itself.</summary>
    private static TextPosition? FirstIndentingTab(ReadOnlySpan<char> yaml)
    {
        var lineNumber = 1;
        foreach (var range in yaml.Split('\n'))
        {
            var line = yaml[range];
            var indent = line.Length - line.TrimStart(" \t").Length;
            var tab = line[..indent].IndexOf('\t');
            if (tab >= 0)
            {
                return new TextPosition(lineNumber, tab + 1);
            }

            lineNumber++;
        }

        return null;
    }

    private static string OneLine(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the position is already in the diagnostic.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0)
        {
            message = message[(cut + 3)..];
        }

        return message.ReplaceLineEndings(" ").Trim();
    }
}
