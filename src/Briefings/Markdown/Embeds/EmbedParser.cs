using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Briefings.Markdown.Embeds;

/// <summary>
/// Parses a line that is nothing but <c>{{&lt; kind target &gt;}}</c>, the shortcode form Hugo authors know. Any
/// such line becomes an embed, even a malformed one, so that a slip is reported rather than printed as text.
/// </summary>
public sealed class EmbedParser : BlockParser
{
    private const string Opening = "{{<";
    private const string Closing = ">}}";

    public EmbedParser()
    {
        OpeningCharacters = ['{'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.Text.AsSpan(line.Start, line.Length).TrimEnd();
        if (!text.StartsWith(Opening, StringComparison.Ordinal) || !text.EndsWith(Closing, StringComparison.Ordinal) || text.Length < Opening.Length + Closing.Length)
        {
            return BlockState.None;
        }

        var words = text[Opening.Length..^Closing.Length].ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var block = new EmbedBlock(this, words.Length > 0 ? words[0] : "", words.Skip(1).ToArray())
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        };
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }
}
