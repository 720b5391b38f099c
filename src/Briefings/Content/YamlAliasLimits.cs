using Briefings.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Content;

/// <summary>
/// YamlDotNet shares an aliased node instead of copying it, but it hashes a mapping's keys by walking them
/// through every alias: an alias used inside the node it names makes that walk endless (a stack overflow,
/// which no catch can stop), and a "billion laughs" of nested aliases makes it run for hours. Both are
/// refused from the event stream, before the node tree is built, by counting each alias as the nodes it
/// stands for.
/// </summary>
public static class YamlAliasLimits
{
    /// <summary>
    /// False, with a BRF028 error, when an alias names a node that holds it or the aliases expand too far;
    /// with a BRF011 error when an alias comes before its anchor.
    /// </summary>
    public static bool Check(string file, ReadOnlyMemory<char> yaml, int firstLine, DiagnosticBag diagnostics)
    {
        // Only a '*' starts an alias, and short front-matter cannot reach the node limit without one, so the
        // walk below could find nothing; this spares most files the character-by-character look.
        if ((yaml.Length <= FrontMatterParser.ShortYaml && !yaml.Span.Contains('*')) || !MayHaveAlias(yaml.Span))
        {
            return true;
        }

        TextPosition At(Mark mark) => new((int)mark.Line + firstLine - 1, (int)mark.Column);

        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new List<(string? Anchor, long StartCount)>();
        long expanded = 0;
        try
        {
            var parser = new Parser(new MemoryTextReader(yaml));
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        var name = alias.Value.Value;
                        if (open.Exists(frame => frame.Anchor == name))
                        {
                            diagnostics.Error(Codes.YamlTooComplex, file, At(alias.Start),
                                $"alias '*{YamlFields.Shorten(name)}' is used inside the node it names, so it would repeat forever; write the values out instead");
                            return false;
                        }

                        // YAML wants the anchor first; YamlDotNet resolves a later one anyway, and as a mapping
                        // key such a forward alias sends its resolution round for ever (a stack overflow).
                        if (!sizes.TryGetValue(name, out var size))
                        {
                            diagnostics.Error(Codes.MalformedYaml, file, At(alias.Start),
                                $"alias '*{YamlFields.Shorten(name)}' comes before any anchor '&{YamlFields.Shorten(name)}'; put the anchor on an earlier value, or write the value out");
                            return false;
                        }

                        expanded += size;
                        break;
                    case Scalar scalar:
                        expanded++;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            sizes[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case NodeEvent start and (MappingStart or SequenceStart):
                        expanded++;
                        open.Add((start.Anchor.IsEmpty ? null : start.Anchor.Value, expanded - 1));
                        if (open.Count > FrontMatterParser.MaxDepth)
                        {
                            // Too deep is refused by the parser's own limit, with its own message.
                            return true;
                        }

                        break;
                    case MappingEnd or SequenceEnd when open.Count > 0:
                        var closed = open[^1];
                        open.RemoveAt(open.Count - 1);
                        if (closed.Anchor is not null)
                        {
                            sizes[closed.Anchor] = expanded - closed.StartCount;
                        }

                        break;
                }

                if (expanded > FrontMatterParser.MaxNodes)
                {
                    diagnostics.Error(Codes.YamlTooComplex, file, At(parser.Current!.Start),
                        $"front-matter aliases expand to more than {FrontMatterParser.MaxNodes:N0} nodes; write the values out instead of nesting aliases");
                    return false;
                }
            }
        }
        catch (Exception e) when (e is YamlException or ArgumentException or InvalidOperationException)
        {
            // Malformed YAML is never turned into nodes; the parser reports it, at its own position.
            // (YamlDotNet's scanner throws the other two on some broken input, as the fuzz test found.)
            return true;
        }

        return true;
    }

    /// <summary>
    /// Whether an alias (<c>*name</c> where a value starts) may be there, skipping text quoted on one
    /// line, where a '*' is only emphasis. A false alarm costs one more walk of the events; anything
    /// unclear (a quote left open across lines) counts as an alarm.
    /// </summary>
    private static bool MayHaveAlias(ReadOnlySpan<char> yaml)
    {
        var previous = '\n';
        char? quote = null;
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (quote is { } open)
            {
                if (c == '\n')
                {
                    // A quote left open across a line may be no quote at all ("a '" is plain text); stay safe.
                    return true;
                }

                if (c == '\\' && open == '"')
                {
                    i++;
                }
                else if (c == open)
                {
                    quote = null;
                }
            }
            else if (c is '"' or '\'' && previous is ' ' or '\n' or '[' or '{' or ',' or ':' or '-' or '?')
            {
                quote = c;
            }
            else if (c == '*' && previous is ' ' or '\t' or '\n' or '[' or '{' or ',' or ':' or '-' or '?')
            {
                return true;
            }

            previous = c;
        }

        return false;
    }
}
