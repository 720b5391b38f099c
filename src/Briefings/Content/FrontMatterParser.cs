using System.Buffers;
using System.Text;
using Briefings.Diagnostics;
using YamlDotNet.Core;

namespace Briefings.Content;

/// <summary>Splits the <c>---</c> block off a file and parses it with YamlDotNet into a tree that keeps node positions.</summary>
public static class FrontMatterParser
{
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

        // Ordinary front-matter is read by hand; anything the fast path is not sure of goes to YamlDotNet,
        // through the guard that reads the parser's events whole before any tree is built.
        if (!FastYamlTreeBuilder.TryBuild(yaml, out var documents))
        {
            if (YamlGuard.Check(file, yaml, firstLine, diagnostics) is not { } guarded)
            {
                return null;
            }

            try
            {
                documents = YamlModelLoader.Load(guarded);
            }
            catch (YamlException e)
            {
                // What the guard's walk cannot see: a key repeated in its mapping.
                var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
                diagnostics.Error(Codes.MalformedYaml, file, At(e.Start), $"malformed YAML: {message.ReplaceLineEndings(" ").Trim()}");
                return null;
            }
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

}
