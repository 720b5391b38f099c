using System.Collections.Concurrent;

namespace Briefings.Outputs.Search;

/// <summary>
/// Every distinct term gets one string and one id, shared by all documents: tokenizing ten thousand
/// briefs would otherwise make millions of copies of the same few thousand words.
/// </summary>
internal sealed class TermTable
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _names = [];

    public TermTable()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _names.Count;

    public IReadOnlyList<string> Names => _names;

    /// <summary>The term's id, and in <paramref name="name"/> the one string kept for it.</summary>
    public int Id(ReadOnlySpan<char> term, out string name)
    {
        if (_lookup.TryGetValue(term, out name!, out var id))
        {
            return id;
        }

        lock (_names)
        {
            if (_lookup.TryGetValue(term, out name!, out id))
            {
                return id;
            }

            name = term.ToString();
            id = _names.Count;
            _names.Add(name);
            _ids[name] = id;
            return id;
        }
    }
}
