using Briefings.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Content;

/// <summary>
/// Reads all of YamlDotNet's parser events for a block of YAML before any node tree is built from it.
/// The tree builders recurse, and YamlDotNet's model hashes mapping keys by walking them through every
/// alias, so what could exhaust them is refused here, from the parser's own tokens rather than from a
/// guess at the characters: nesting, size (an alias counted as the nodes it stands for), an alias used
/// inside the node it names, an alias before its anchor. A syntax error is reported here too, at its place.
/// Only YAML that passes becomes a <see cref="GuardedYaml"/>, the one input the builders take.
/// </summary>
public static class YamlGuard
{
    /// <summary>Deeper nesting than this is never meaningful front-matter.</summary>
    public const int MaxDepth = 64;

    /// <summary>Nodes a block may hold, each alias counted as the nodes it stands for.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>The YAML, cleared for the tree builders; null, with an error reported, when it is malformed or too costly.</summary>
    public static GuardedYaml? Check(string file, ReadOnlyMemory<char> yaml, int firstLine, DiagnosticBag diagnostics)
    {
        TextPosition At(Mark mark) => new((int)mark.Line + firstLine - 1, (int)mark.Column);

        // The size of each anchored node, in nodes, once it is complete; an alias adds that many.
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new List<Open>();
        long expanded = 0;
        var scanner = new Scanner(new MemoryTextReader(yaml));
        var parser = new Parser(scanner);
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case AnchorAlias alias:
                        var name = alias.Value.Value;
                        if (open.Exists(frame => frame.Anchor == name))
                        {
                            diagnostics.Error(Codes.YamlTooComplex, file, At(alias.Start),
                                $"alias '*{YamlFields.Shorten(name)}' is used inside the node it names, so it would repeat forever; write the values out instead");
                            return null;
                        }

                        // YAML wants the anchor first; YamlDotNet's model resolves a later one anyway, and as a
                        // mapping key such a forward alias sends its resolution round for ever.
                        if (!sizes.TryGetValue(name, out var size))
                        {
                            diagnostics.Error(Codes.MalformedYaml, file, At(alias.Start),
                                $"alias '*{YamlFields.Shorten(name)}' comes before any anchor '&{YamlFields.Shorten(name)}'; put the anchor on an earlier value, or write the value out");
                            return null;
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
                        var flow = start is SequenceStart { Style: SequenceStyle.Flow } || start is MappingStart { Style: MappingStyle.Flow };
                        open.Add(new Open(start.Anchor.IsEmpty ? null : start.Anchor.Value, expanded - 1, start.Start, flow, start is SequenceStart));
                        if (open.Count > MaxDepth)
                        {
                            diagnostics.Error(Codes.YamlTooComplex, file, At(start.Start),
                                $"front-matter nests deeper than {MaxDepth} levels; simplify it");
                            return null;
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

                if (expanded > MaxNodes)
                {
                    diagnostics.Error(Codes.YamlTooComplex, file, At(current.Start), sizes.Count > 0
                        ? $"front-matter aliases expand to more than {MaxNodes:N0} nodes; write the values out instead of nesting aliases"
                        : $"front-matter holds more than {MaxNodes:N0} nodes; simplify it");
                    return null;
                }
            }
        }
        catch (Exception e) when (e is YamlException or ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's scanner throws the last two on some broken input (an unclosed '[', say), with no position.
            var innermostFlow = open.FindLast(frame => frame.Flow);
            var error = YamlSyntaxErrors.Describe(e, yaml.Span, scanner.CurrentPosition,
                innermostFlow.Flow ? new OpenFlow(innermostFlow.Start, innermostFlow.IsSequence ? '[' : '{') : null);
            diagnostics.Error(Codes.MalformedYaml, file, At(error.At), error.Message);
            return null;
        }

        return new GuardedYaml(yaml);
    }

    private readonly record struct Open(string? Anchor, long StartCount, Mark Start, bool Flow, bool IsSequence);
}
