using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Where a block left without its <c>end</c> opens. Scriban reports a missing end where the file ends, which says nothing
/// of which block it is; closing the text with ends until it parses shows which statement each of them closes.
/// </summary>
internal static class UnclosedBlocks
{
    private const string MissingEnd = "The <end> statement was not found";

    /// <summary>More blocks left open than this is no longer a missing end worth placing.</summary>
    private const int MostOpen = 16;

    public static bool IsMissingEnd(LogMessage message) => message.Message.Contains(MissingEnd, StringComparison.Ordinal);

    /// <summary>The statements left open, outermost first; empty when closing them does not make the template parse.</summary>
    public static IReadOnlyList<ScriptStatement> Find(string text, string file)
    {
        var ends = new StringBuilder();
        for (var open = 1; open <= MostOpen; open++)
        {
            ends.Append("{{ end }}");
            var closed = Template.Parse(text + ends, file);
            if (!closed.HasErrors && closed.Page is { } page)
            {
                var openers = new List<ScriptStatement>();
                Collect(page, text.Length, openers);
                return openers;
            }
        }

        return [];
    }

    /// <summary>What this says where the block opens.</summary>
    public static string Message(ScriptStatement opener) =>
        $"This {ScriptSyntaxAttribute.Get(opener)?.TypeName ?? "block"} is never closed: its <end> statement was not found";

    private static void Collect(ScriptNode node, int length, List<ScriptStatement> openers)
    {
        if (node is ScriptEndStatement end && end.Span.Start.Offset >= length && Opener(end) is { } opener && !openers.Contains(opener))
        {
            openers.Add(opener);
        }

        foreach (var child in node.Children)
        {
            if (child is not null)
            {
                Collect(child, length, openers);
            }
        }
    }

    /// <summary>The statement an end closes: up through the blocks, and through else, else if and when, which continue it.</summary>
    private static ScriptStatement? Opener(ScriptEndStatement end)
    {
        for (var node = end.Parent; node is not null; node = node.Parent)
        {
            if (node is ScriptStatement statement and not (ScriptBlockStatement or ScriptElseStatement or ScriptWhenStatement or ScriptIfStatement { IsElseIf: true }))
            {
                return statement;
            }
        }

        return null;
    }
}
