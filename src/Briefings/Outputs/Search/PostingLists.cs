using System.Runtime.CompilerServices;

namespace Briefings.Outputs.Search;

/// <summary>
/// Every term's posting list, the documents holding it in ascending order: each a varint of the gap from the term's
/// previous document shifted left by two and or-ed with the weight of the strongest field the term was found in, so
/// that the lists stay a small fraction of the HTML they cover. All lists lie in one array, a slice per term: a list
/// per term would be a million small lists.
/// </summary>
internal sealed class PostingLists
{
    private readonly byte[] _bytes;
    private readonly int[] _starts;

    private PostingLists(byte[] bytes, int[] starts)
    {
        _bytes = bytes;
        _starts = starts;
    }

    public ReadOnlySpan<byte> Of(int term) => _bytes.AsSpan(_starts[term], _starts[term + 1] - _starts[term]);

    public bool IsEmpty(int term) => _starts[term + 1] == _starts[term];

    /// <summary>
    /// The lists of <paramref name="termCount"/> terms from each document's terms, which it lets go of: the first pass
    /// measures each term's share of the array, the second fills it.
    /// </summary>
    // Called once per build, with loops over millions of postings: compiled optimized at once, not run slow
    // until on-stack replacement steps in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PostingLists Build(IReadOnlyList<SearchDocument> documents, int termCount)
    {
        var starts = new int[termCount + 1];
        var previous = new int[termCount];
        for (var id = 0; id < documents.Count; id++)
        {
            var terms = documents[id].Terms;
            for (var i = 0; i < terms.Length;)
            {
                var entry = Varints.Read(terms, ref i);
                starts[(entry >> 2) + 1] += Varints.Length(Posting(id, entry, previous));
            }
        }

        for (var term = 0; term < termCount; term++)
        {
            starts[term + 1] += starts[term];
        }

        var bytes = new byte[starts[termCount]];
        var next = starts[..^1];
        Array.Clear(previous);
        for (var id = 0; id < documents.Count; id++)
        {
            var terms = documents[id].Terms;
            for (var i = 0; i < terms.Length;)
            {
                var entry = Varints.Read(terms, ref i);
                ref var at = ref next[entry >> 2];
                at = Varints.Write(bytes, at, Posting(id, entry, previous));
            }

            documents[id].Terms = [];
        }

        return new PostingLists(bytes, starts);
    }

    /// <summary>
    /// A document's posting in a term's list: the gap from the term's previous document, shifted left by two and
    /// or-ed with the weight. Documents come in id order, so gaps are never negative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Posting(int document, int entry, int[] previous)
    {
        ref var last = ref previous[entry >> 2];
        var posting = ((document - last) << 2) | (entry & 3);
        last = document;
        return posting;
    }
}
