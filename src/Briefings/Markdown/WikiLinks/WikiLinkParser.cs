using Markdig.Helpers;
using Markdig.Parsers;

namespace Briefings.Markdown.WikiLinks;

/// <summary>Parses <c>[[target]]</c> and <c>[[target|label]]</c> on one line; anything else is left to the link parser.</summary>
public sealed class WikiLinkParser : InlineParser
{
    private const int MaxLength = 300;

    public WikiLinkParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '[')
        {
            return false;
        }

        var text = slice.Text;
        var contentStart = slice.Start + 2;
        var limit = Math.Min(slice.End, contentStart + MaxLength);
        var close = -1;
        for (var i = contentStart; i < limit; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '[')
            {
                return false;
            }

            if (c == ']')
            {
                if (i + 1 <= slice.End && text[i + 1] == ']')
                {
                    close = i;
                }

                break;
            }
        }

        if (close <= contentStart)
        {
            return false;
        }

        var inner = text[contentStart..close];
        var bar = inner.IndexOf('|');
        var target = (bar < 0 ? inner : inner[..bar]).Trim();
        var label = bar < 0 ? null : inner[(bar + 1)..].Trim();
        if (target.Length == 0)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new WikiLinkInline(target, string.IsNullOrEmpty(label) ? null : label)
        {
            Span = new Markdig.Syntax.SourceSpan(start, start + (close + 1 - slice.Start)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
