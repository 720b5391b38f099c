namespace Briefings.Writing.Minifying;

/// <summary>
/// Makes a stylesheet smaller with transforms that keep every token: comments go, each whitespace run becomes one
/// space, and that space goes too where a neighbouring <c>{ } ; , :</c> or bracket already separates the tokens.
/// Strings and <c>url(…)</c> are copied as they are. The space before <c>(</c> stays (<c>and (min-width…)</c> is
/// not <c>and(</c>, a function), and so does the one before <c>:</c> (<c>a :hover</c> is not <c>a:hover</c>).
/// Hand-written for the reasons <see cref="HtmlMinifier"/> gives.
/// </summary>
public static class CssMinifier
{
    /// <summary>Minifies UTF-8 CSS in place and returns its new length, never more than the old.</summary>
    public static int Minify(Span<byte> css)
    {
        var read = 0;
        var write = 0;
        var pending = false;
        while (read < css.Length)
        {
            var c = css[read];
            if (IsSpace(c))
            {
                pending = true;
                read++;
                continue;
            }

            if (c == '/' && read + 1 < css.Length && css[read + 1] == '*')
            {
                var end = css[(read + 2)..].IndexOf("*/"u8);
                read = end < 0 ? css.Length : read + 2 + end + 2;
                // A comment separates tokens as a space does: a/**/b must not become ab.
                pending = true;
                continue;
            }

            if (pending)
            {
                if (write > 0 && !SeparatesAfter(css[write - 1]) && !SeparatesBefore(c))
                {
                    css[write++] = (byte)' ';
                }

                pending = false;
            }

            var length = c is (byte)'"' or (byte)'\'' ? StringLength(css[read..]) : UrlLength(css[read..]);
            if (length > 0)
            {
                css.Slice(read, length).CopyTo(css[write..]);
                write += length;
                read += length;
                continue;
            }

            css[write++] = c;
            read++;
        }

        return write;
    }

    /// <summary>The length of the string at the start of <paramref name="css"/>, its quotes and escapes included.</summary>
    private static int StringLength(Span<byte> css)
    {
        var quote = css[0];
        for (var i = 1; i < css.Length; i++)
        {
            if (css[i] == '\\')
            {
                i++;
            }
            else if (css[i] == quote || css[i] == '\n')
            {
                return i + 1;
            }
        }

        return css.Length;
    }

    /// <summary>The length of an unquoted <c>url(…)</c> at the start of <paramref name="css"/>, whose text may hold <c>/*</c>; 0 if there is none.</summary>
    private static int UrlLength(Span<byte> css)
    {
        if (css.Length < 4 || (css[0] | 0x20) != 'u' || (css[1] | 0x20) != 'r' || (css[2] | 0x20) != 'l' || css[3] != '(')
        {
            return 0;
        }

        var i = 4;
        while (i < css.Length && IsSpace(css[i]))
        {
            i++;
        }

        if (i < css.Length && css[i] is (byte)'"' or (byte)'\'')
        {
            // A quoted url is a function with a string in it: the main loop copies the string.
            return 0;
        }

        var end = css[i..].IndexOf((byte)')');
        return end < 0 ? css.Length : i + end + 1;
    }

    private static bool SeparatesAfter(byte c) => c is (byte)'{' or (byte)'}' or (byte)';' or (byte)',' or (byte)':' or (byte)'(' or (byte)'>';

    private static bool SeparatesBefore(byte c) => c is (byte)'{' or (byte)'}' or (byte)';' or (byte)',' or (byte)')' or (byte)'>' or (byte)'!';

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'\f';
}
