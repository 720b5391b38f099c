using YamlDotNet.Core;

namespace Briefings.Content;

/// <summary>
/// Turns a YAML parser failure into a place and a message an author can act on. YamlDotNet words its
/// errors for YAML's grammar ("found invalid mapping") and places some far from the mistake, or not at
/// all; the common mistakes (tabs, a quote or bracket left open, a colon or a quote inside a value,
/// typographic quotes) are named in plain words, at the character to fix.
/// </summary>
internal static class YamlSyntaxErrors
{
    private const string TypographicQuotes = "“”‘’„‚«»‹›";

    /// <param name="lastPosition">Where the scanner had read to: the nearest place known when the error carries none.</param>
    /// <param name="openFlow">The innermost '[' or '{' still open when the parser failed.</param>
    public static (Mark At, string Message) Describe(Exception error, ReadOnlySpan<char> yaml, Mark lastPosition, OpenFlow? openFlow)
    {
        var yamlError = error as YamlException;
        var raw = yamlError is null ? "" : Inner(yamlError).Message;
        var at = yamlError is { Start: var start } && start.Line > 0 ? start : lastPosition;

        if (raw.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(yaml) is { } tab)
        {
            return (tab, "YAML does not allow tabs for indentation; use spaces");
        }

        if (raw.Contains("quoted scalar", StringComparison.Ordinal) && QuoteAt(yaml, at) is { } quote)
        {
            return (at, $"the value opened here with {quote} is never closed; end it with a matching {quote}");
        }

        // An unclosed bracket runs on into the lines after it, where the parser finally gives up (sometimes
        // with no position at all); the bracket is the place to fix.
        if (openFlow is { } flow && at.Line > flow.Start.Line)
        {
            var (kind, close) = flow.Bracket == '[' ? ("list", ']') : ("mapping", '}');
            return (flow.Start, $"the {kind} opened here with '{flow.Bracket}' is never closed; close it with '{close}' on the same line");
        }

        var line = Line(yaml, at);
        var column = (int)at.Column - 1;
        if (line.Length > 0 && ValueStart(line) is var valueStart && valueStart < line.Length && TypographicQuotes.Contains(line[valueStart]))
        {
            return (new Mark(at.Index - column + valueStart, at.Line, valueStart + 1),
                $"{line[valueStart]} is a typographic quote, not a YAML one; use straight quotes (\" or ') around the value");
        }

        if (raw.Contains("found invalid mapping", StringComparison.Ordinal) && column < line.Length)
        {
            return line[..column].Contains(": ", StringComparison.Ordinal)
                ? (at, "a value that holds ': ' must be quoted; put the whole value in double quotes")
                : (at, "this line is indented as if it continued the value above, but holds a key; indent the keys of one mapping equally, or quote a value that holds ': '");
        }

        if (raw.Contains("did not find expected key", StringComparison.Ordinal) && column <= line.Length && QuoteBefore(line, column) is { } early)
        {
            var inner = early == '"' ? "\\\"" : "''";
            return (at, $"the {early} before this ends the quoted value early; write a {early} inside the value as {inner}, or quote the value with the other kind of quote");
        }

        return yamlError is null
            ? (at, "malformed YAML near here; check this line's indentation, quotes and brackets")
            : (at, $"malformed YAML: {OneLine(raw)}");
    }

    private static YamlException Inner(YamlException error) => error.InnerException is YamlException inner ? inner : error;

    private static string? QuoteAt(ReadOnlySpan<char> yaml, Mark at) =>
        at.Index >= 0 && at.Index < yaml.Length && yaml[(int)at.Index] is '"' or '\'' ? yaml[(int)at.Index].ToString() : null;

    /// <summary>The quote character just before <paramref name="column"/>, spaces skipped, when the value on the line starts with the same one.</summary>
    private static char? QuoteBefore(ReadOnlySpan<char> line, int column)
    {
        var before = line[..column].TrimEnd(' ');
        var valueStart = ValueStart(line);
        return before.Length > 0 && before[^1] is '"' or '\'' && valueStart < line.Length && line[valueStart] == before[^1] ? before[^1] : null;
    }

    /// <summary>Where the value of a "key: value" line starts (after "- " of a list item too); the line's length when there is none.</summary>
    private static int ValueStart(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var rest = colon < 0 ? line : line[(colon + 2)..];
        var offset = line.Length - rest.Length;
        var skipped = rest.Length - rest.TrimStart(' ').Length;
        return offset + skipped;
    }

    private static ReadOnlySpan<char> Line(ReadOnlySpan<char> yaml, Mark at)
    {
        var number = 1;
        foreach (var range in yaml.Split('\n'))
        {
            if (number++ == at.Line)
            {
                return yaml[range];
            }
        }

        return [];
    }

    /// <summary>YamlDotNet reports a tab used as indentation at the start of the enclosing mapping or value; point at the tab itself.</summary>
    private static Mark? FirstIndentingTab(ReadOnlySpan<char> yaml)
    {
        var lineNumber = 1;
        foreach (var range in yaml.Split('\n'))
        {
            var line = yaml[range];
            var indent = line.Length - line.TrimStart(" \t").Length;
            var tab = line[..indent].IndexOf('\t');
            if (tab >= 0)
            {
                return new Mark(range.Start.Value + tab, lineNumber, tab + 1);
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

/// <summary>A flow collection ('[' or '{') still open where the parser failed, and where it opened.</summary>
internal readonly record struct OpenFlow(Mark Start, char Bracket);
