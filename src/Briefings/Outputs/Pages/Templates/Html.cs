using System.Text;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Escapes the five characters that matter in HTML text and quoted attributes, and nothing else:
/// the pages are UTF-8, so other characters stay as they are and stay readable in the source.
/// </summary>
public static class Html
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        // What comes before the first special character is copied as it is, not searched again.
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        Escape(text.AsSpan(first), builder);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped, with no escaped string made on the way.</summary>
    internal static void Escape(ReadOnlySpan<char> text, StringBuilder builder)
    {
        while (text.IndexOfAny(Special) is >= 0 and var next)
        {
            builder.Append(text[..next]).Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
        }

        builder.Append(text);
    }

    /// <summary>Writes <paramref name="text"/> escaped straight into a page's UTF-8, with no escaped string made first.</summary>
    internal static void Escape(string text, Utf8Output output)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(Special);
            if (next < 0)
            {
                output.Write(rest);
                return;
            }

            output.Write(rest[..next]);
            output.Write(rest[next] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                _ => "&#39;"u8,
            });
            rest = rest[(next + 1)..];
        }
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");
}
