using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Content;

/// <summary>
/// Builds the node tree straight from YamlDotNet's parser events, in one pass and without recursion.
/// It behaves as YamlDotNet's representation model did for the same events, down to which error comes
/// first; YAML with aliases is left to that model (<see cref="AliasedYamlLoader"/>), since resolving
/// them is where its subtleties lie.
/// </summary>
internal static class YamlTreeBuilder
{
    // Each loading thread reuses one set of working lists across files; a parse that throws just drops its set.
    [ThreadStatic]
    private static State? t_state;

    /// <summary>The documents of <paramref name="yaml"/>, or null when it holds an alias.</summary>
    /// <exception cref="YamlException">The YAML is malformed or repeats a key.</exception>
    public static YamlDocuments? Build(GuardedYaml yaml)
    {
        var parser = new Parser(new MemoryTextReader(yaml.Text));
        var state = t_state ?? new State();
        t_state = null;
        ParsingEvent? pending = null;
        while (parser.MoveNext())
        {
            var next = parser.Current!;
            if (next is AnchorAlias)
            {
                return null;
            }

            // YamlDotNet's model reads one event ahead before it acts on the last one, so a syntax error
            // in the next event wins over a duplicate key just completed; acting one event late keeps that.
            if (pending is not null)
            {
                state.Apply(pending);
            }

            state.Expect(next);
            pending = next;
        }

        if (pending is not null)
        {
            state.Apply(pending);
        }

        var documents = new YamlDocuments(state.Count, state.First, state.Second);
        if (state.TryClear())
        {
            t_state = state;
        }

        return documents;
    }

    private sealed class State
    {
        /// <summary>Past this many keys, a mapping's duplicates are found by hashing instead of comparing with every key.</summary>
        private const int LinearSearchLimit = 32;

        // The children of every open collection, innermost last, until it closes and takes them as one array.
        private readonly List<Open> _open = [];
        private readonly List<YamlTreeNode> _items = [];
        private readonly List<KeyValuePair<YamlTreeNode, YamlTreeNode>> _entries = [];
        private YamlTreeNode? _root;
        private Level _level;

        public int Count { get; private set; }

        public YamlTreeNode? First { get; private set; }

        public YamlTreeNode? Second { get; private set; }

        /// <summary>Empties the lists for the next file; false when they grew too large to keep around.</summary>
        public bool TryClear()
        {
            _open.Clear();
            _items.Clear();
            _entries.Clear();
            (_root, First, Second, Count, _level) = (null, null, null, 0, Level.BeforeStream);
            return _open.Capacity + _items.Capacity + _entries.Capacity <= 4096;
        }

        /// <summary>
        /// Refuses, with the model's own error, an event the model would not take where it comes: YamlDotNet's
        /// parser can end a mapping between a key and its value (for "  : 1", say), which the model rejects.
        /// </summary>
        public void Expect(ParsingEvent next)
        {
            bool accepted;
            if (_open.Count > 0)
            {
                var open = _open[^1];
                accepted = IsNode(next) || (open.Node is YamlTreeSequence ? next is SequenceEnd : open.Key is null && next is MappingEnd);
            }
            else
            {
                switch (_level)
                {
                    case Level.BeforeStream:
                        Require<StreamStart>(next);
                        return;
                    case Level.BetweenDocuments when next is not StreamEnd:
                        Require<DocumentStart>(next);
                        return;
                    case Level.InDocument:
                        accepted = IsNode(next) || next is DocumentEnd;
                        break;
                    default:
                        return;
                }
            }

            if (!accepted)
            {
                throw new ArgumentException("The current event is of an unsupported type.", "parser");
            }
        }

        public void Apply(ParsingEvent current)
        {
            switch (current)
            {
                case StreamStart:
                    _level = Level.BetweenDocuments;
                    break;
                case DocumentStart:
                    _level = Level.InDocument;
                    break;
                case StreamEnd:
                    _level = Level.AfterStream;
                    break;
                case Scalar scalar:
                    Complete(new YamlTreeScalar(scalar.Start, scalar.Tag, scalar.Value, scalar.Style));
                    break;
                case SequenceStart start:
                    _open.Add(new Open(new YamlTreeSequence(start.Start, start.Tag), _items.Count));
                    break;
                case MappingStart start:
                    _open.Add(new Open(new YamlTreeMapping(start.Start, start.Tag), _entries.Count));
                    break;
                case SequenceEnd:
                    var sequence = (YamlTreeSequence)_open[^1].Node;
                    sequence.ItemArray = ListTail.TakeFrom(_items, _open[^1].First);
                    _open.RemoveAt(_open.Count - 1);
                    Complete(sequence);
                    break;
                case MappingEnd:
                    var mapping = (YamlTreeMapping)_open[^1].Node;
                    mapping.EntryArray = ListTail.TakeFrom(_entries, _open[^1].First);
                    _open.RemoveAt(_open.Count - 1);
                    Complete(mapping);
                    break;
                case DocumentEnd:
                    if (_root is null)
                    {
                        // The model's words; YamlDotNet's parser gives an empty document an empty scalar, so this should not happen.
                        throw new ArgumentException("Atempted to parse an empty document");
                    }

                    _level = Level.BetweenDocuments;
                    Count++;
                    if (Count == 1)
                    {
                        First = _root;
                    }
                    else if (Count == 2)
                    {
                        Second = _root;
                    }

                    _root = null;
                    break;
            }
        }

        private static bool IsNode(ParsingEvent e) => e is Scalar or SequenceStart or MappingStart or AnchorAlias;

        private static void Require<T>(ParsingEvent next)
            where T : ParsingEvent
        {
            if (next is not T)
            {
                throw new YamlException(next.Start, next.End, $"Expected '{typeof(T).Name}', got '{next.GetType().Name}' (at {next.Start}).");
            }
        }

        private void Complete(YamlTreeNode node)
        {
            if (_open.Count == 0)
            {
                _root = node;
                return;
            }

            var open = _open[^1];
            if (open.Node is YamlTreeSequence)
            {
                _items.Add(node);
            }
            else if (open.Key is null)
            {
                _open[^1] = open with { Key = node };
            }
            else
            {
                AddEntry(ref open, open.Key, node);
                _open[^1] = open with { Key = null };
            }
        }

        /// <summary>Adds a pair to the open mapping, refusing a key equal to one already there with the error YamlDotNet gives.</summary>
        private void AddEntry(ref Open mapping, YamlTreeNode key, YamlTreeNode value)
        {
            var isDuplicate = false;
            if (mapping.Keys is { } keys)
            {
                isDuplicate = !keys.Add(key);
            }
            else
            {
                for (var i = mapping.First; i < _entries.Count && !isDuplicate; i++)
                {
                    isDuplicate = YamlKeys.Comparer.Equals(_entries[i].Key, key);
                }

                if (!isDuplicate && _entries.Count - mapping.First >= LinearSearchLimit)
                {
                    mapping.Keys = new HashSet<YamlTreeNode>(YamlKeys.Comparer) { key };
                    for (var i = mapping.First; i < _entries.Count; i++)
                    {
                        mapping.Keys.Add(_entries[i].Key);
                    }
                }
            }

            if (isDuplicate)
            {
                throw new YamlException(key.Start, key.Start, $"Duplicate key {YamlKeys.Text(key)}");
            }

            _entries.Add(new(key, value));
        }

        private enum Level
        {
            BeforeStream,
            BetweenDocuments,
            InDocument,
            AfterStream,
        }

        private record struct Open(YamlTreeNode Node, int First)
        {
            /// <summary>A mapping's key waiting for its value.</summary>
            public YamlTreeNode? Key { get; set; }

            /// <summary>A large mapping's keys, hashed.</summary>
            public HashSet<YamlTreeNode>? Keys { get; set; }
        }
    }
}
