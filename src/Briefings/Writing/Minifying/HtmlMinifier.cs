namespace Briefings.Writing.Minifying;

/// <summary>
/// Makes a page smaller with transforms that cannot change what it shows: every run of whitespace in text and between
/// tags becomes one character (a newline if the run held one, else a space), whitespace between attributes becomes one
/// space, and comments go. Whitespace is left exactly as it is inside <c>pre</c>, <c>textarea</c>, <c>script</c> and
/// <c>style</c>, and in attribute values; nothing else is touched. A run is collapsed, never removed, because whether
/// the space between two elements shows depends on the stylesheet's <c>display</c>, which a minifier cannot see; a run
/// of one collapsed character renders as the run did wherever white-space collapses (normal, nowrap, and pre-line,
/// which keeps the newline).
/// <para>
/// Hand-written rather than a library: WebMarkupMin.Core, the one well-kept HTML minifier NuGet serves that compiles
/// to native code without trimming warnings (NUglify gives IL2104), minified an 11 KB brief page at 16-23 MB/s in the
/// native tool, 8-12 s of CPU for the 186 MB of HTML of the 10,000-brief corpus, more than the build spends in all;
/// and by default it removes optional tags and attribute quotes, more than the safe transforms here. This one took
/// 0.32 s of CPU for those 186 MB (one thread, best of 5) and saved 3.1 % of them.
/// </para>
/// </summary>
public static class HtmlMinifier
{
    private static readonly string[] RawTextElements = ["script", "style", "pre", "textarea"];

    /// <summary>Minifies UTF-8 HTML in place and returns its new length, never more than the old.</summary>
    public static int Minify(Span<byte> html)
    {
        var read = 0;
        var write = 0;
        // A whitespace run is held back until what follows it is known, so that a comment between two runs
        // leaves one run, not two.
        var pending = false;
        var pendingNewline = false;
        while (read < html.Length)
        {
            var c = html[read];
            if (IsSpace(c))
            {
                pending = true;
                pendingNewline |= c == '\n';
                read++;
                continue;
            }

            if (c == '<' && StartsWith(html[read..], "<!--"u8) && !StartsWith(html[read..], "<!--["u8))
            {
                var end = html[(read + 4)..].IndexOf("-->"u8);
                if (end >= 0)
                {
                    read += 4 + end + 3;
                    continue;
                }
            }

            if (pending)
            {
                html[write++] = pendingNewline ? (byte)'\n' : (byte)' ';
                pending = pendingNewline = false;
            }

            if (c != '<' || read + 1 >= html.Length || !IsTagStart(html[read + 1]))
            {
                html[write++] = c;
                read++;
                continue;
            }

            var tagStart = write;
            read = CopyTag(html, read, ref write);
            var rawEnd = RawTextEnd(html, tagStart, write, read);
            if (rawEnd > read)
            {
                // The element's text is copied as it is, up to its end tag, which the loop then reads as any tag.
                html[read..rawEnd].CopyTo(html[write..]);
                write += rawEnd - read;
                read = rawEnd;
            }
        }

        if (pending)
        {
            html[write++] = pendingNewline ? (byte)'\n' : (byte)' ';
        }

        return write;
    }

    /// <summary>Copies the tag starting at <paramref name="read"/> (&lt;…&gt;), collapsing whitespace between attributes; returns where it ends.</summary>
    private static int CopyTag(Span<byte> html, int read, ref int write)
    {
        byte quote = 0;
        var space = false;
        // A quote opens a value only just after '=': an apostrophe inside an unquoted value is part of it.
        var afterEquals = false;
        while (read < html.Length)
        {
            var c = html[read++];
            if (quote != 0)
            {
                html[write++] = c;
                quote = c == quote ? (byte)0 : quote;
                continue;
            }

            if (IsSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                html[write++] = (byte)' ';
                space = false;
            }

            html[write++] = c;
            if (afterEquals && c is (byte)'"' or (byte)'\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                break;
            }

            afterEquals = c == '=';
        }

        return read;
    }

    /// <summary>
    /// For a start tag of an element whose text must stay as it is, where its end tag starts (or the end of the page
    /// if it has none); otherwise <paramref name="read"/>.
    /// </summary>
    private static int RawTextEnd(Span<byte> html, int tagStart, int tagEnd, int read)
    {
        var tag = html[(tagStart + 1)..tagEnd];
        foreach (var name in RawTextElements)
        {
            if (tag.Length > name.Length && NameMatches(tag, name) && !IsNameChar(tag[name.Length]))
            {
                var rest = html[read..];
                for (var at = rest.IndexOf("</"u8); at >= 0; at = Next(rest, at))
                {
                    if (rest.Length - at - 2 >= name.Length && NameMatches(rest[(at + 2)..], name) &&
                        (rest.Length - at - 2 == name.Length || !IsNameChar(rest[at + 2 + name.Length])))
                    {
                        return read + at;
                    }
                }

                return html.Length;
            }
        }

        return read;
    }

    private static int Next(Span<byte> text, int at)
    {
        var next = text[(at + 2)..].IndexOf("</"u8);
        return next < 0 ? -1 : at + 2 + next;
    }

    private static bool NameMatches(Span<byte> text, string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if ((text[i] | 0x20) != name[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsWith(Span<byte> text, ReadOnlySpan<byte> prefix) => text.StartsWith(prefix);

    /// <summary>What may follow &lt; for it to open a tag, a comment or a doctype rather than be a literal &lt; in text.</summary>
    private static bool IsTagStart(byte c) => char.IsAsciiLetter((char)c) || c is (byte)'/' or (byte)'!' or (byte)'?';

    private static bool IsNameChar(byte c) => char.IsAsciiLetterOrDigit((char)c) || c == '-';

    /// <summary>HTML's ASCII whitespace; a no-break space (U+00A0) is text, not whitespace.</summary>
    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'\f';
}
