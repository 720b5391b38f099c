using System.Runtime.CompilerServices;
using System.Text;

namespace Briefings.Outputs.Search;

/// <summary>
/// One worker's reusable buffers: a brief's plain text, its own cache of term ids, and the weight of each term in the document being
/// indexed, by term id, so a term found again costs an array read, not a dictionary that grows per document.
/// </summary>
internal sealed class IndexScratch
{
    private readonly List<int> _found = [];
    private int[] _weights = new int[4096];

    public char[] Text = [];

    private char[] _html = [];

    /// <summary>A body's UTF-8 HTML as characters, in a buffer the worker reuses.</summary>
    public ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8)
    {
        var most = System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_html.Length < most)
        {
            _html = new char[Math.Max(most, _html.Length * 2)];
        }

        return _html.AsSpan(0, System.Text.Encoding.UTF8.GetChars(utf8, _html));
    }

    public TermCache Terms { get; } = new();

    /// <summary>Where a record's excerpt is put together, reused rather than made per document.</summary>
    public StringBuilder Excerpt { get; } = new(2 * SearchDocument.ExcerptLength);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raise(int term, int weight)
    {
        if (term >= _weights.Length)
        {
            Array.Resize(ref _weights, Math.Max(term + 1, _weights.Length * 2));
        }

        // Weights start at 1, so 0 says the term is not yet in the document.
        ref var current = ref _weights[term];
        if (current == 0)
        {
            _found.Add(term);
        }

        if (current < weight)
        {
            current = weight;
        }
    }

    /// <summary>The document's terms (<see cref="SearchDocument.Terms"/>), as varints, in the order they were found; the weights are reset for the next.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public byte[] TakeTerms()
    {
        var length = 0;
        foreach (var term in _found)
        {
            length += Varints.Length(Entry(term));
        }

        var terms = new byte[length];
        var at = 0;
        foreach (var term in _found)
        {
            at = Varints.Write(terms, at, Entry(term));
            _weights[term] = 0;
        }

        _found.Clear();
        return terms;
    }

    private int Entry(int term) => (term << 2) | _weights[term];
}
