using System.Net;
using System.Runtime.CompilerServices;

namespace Briefings.Outputs.Search;

/// <summary>The text of rendered body HTML, for indexing: tags dropped, entities decoded.</summary>
public static class PlainText
{
    public static string FromHtml(string html)
    {
        char[] buffer = [];
        return new string(FromHtml(html, ref buffer));
    }

    /// <summary>
    /// The same text written into <paramref name="buffer"/> (grown when too small) instead of a new string: the
    /// search index reads ten thousand bodies and needs each only until it is tokenized. The result is exactly
    /// <c>WebUtility.HtmlDecode</c> of the text with each tag replaced by a space, as the search index has always had it.
    /// </summary>
    public static ReadOnlySpan<char> FromHtml(ReadOnlySpan<char> html, ref char[] buffer)
    {
        // A tag becomes one space and text is copied as is, so the text is never longer than the HTML.
        if (buffer.Length < html.Length)
        {
            buffer = new char[Math.Max(html.Length, buffer.Length * 2)];
        }

        var length = StripTags(html, buffer);
        return buffer.AsSpan(0, DecodeInPlace(buffer.AsSpan(0, length)));
    }

    // Called once per brief, in a process that builds once: compiled optimized at once rather than after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int StripTags(ReadOnlySpan<char> html, Span<char> text)
    {
        var length = 0;
        var inTag = false;
        while (true)
        {
            var next = html.IndexOfAny('<', '>');
            var run = next < 0 ? html : html[..next];
            if (!inTag)
            {
                run.CopyTo(text[length..]);
                length += run.Length;
            }

            if (next < 0)
            {
                return length;
            }

            // A stray '>' is dropped even outside a tag, and a '<' inside one still leaves a space.
            if (html[next] == '<')
            {
                text[length++] = ' ';
                inTag = true;
            }
            else
            {
                inTag = false;
            }

            html = html[(next + 1)..];
        }
    }

    /// <summary>
    /// Decodes the entities of <paramref name="text"/> where they stand and returns the new length. Decoding
    /// never lengthens text, so what is written never overtakes what is still to be read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int DecodeInPlace(Span<char> text)
    {
        var read = text.IndexOf('&');
        if (read < 0)
        {
            return text.Length;
        }

        var write = read;
        while (read < text.Length)
        {
            // HtmlDecode's rule: an entity runs from '&' to the next ';', unless another '&' comes first.
            var end = text[(read + 1)..].IndexOfAny(';', '&');
            if (end >= 0 && text[read + 1 + end] == ';')
            {
                // Entities are few (a dash or a quote mark per brief), so the framework decodes each one alone:
                // its rules for names, numbers and invalid input then apply unchanged.
                var entity = text.Slice(read, end + 2);
                var decoded = WebUtility.HtmlDecode(entity.ToString());
                decoded.CopyTo(text[write..]);
                write += decoded.Length;
                read += entity.Length;
            }
            else
            {
                text[write++] = '&';
                read++;
            }

            var run = text[read..];
            var nextAmpersand = run.IndexOf('&');
            if (nextAmpersand < 0)
            {
                nextAmpersand = run.Length;
            }

            run[..nextAmpersand].CopyTo(text[write..]);
            write += nextAmpersand;
            read += nextAmpersand;
        }

        return write;
    }
}
