namespace Briefings.Outputs.Search;

/// <summary>
/// Splits a long posting list in two, so that the page can show a common word's first results before its whole list
/// arrives: the head, the postings a search for the word alone ranks first (strongest field, then lowest document
/// number), and the tail, every other posting. Each part is in document order and encoded as any list
/// (<see cref="PostingLists"/>), so the tail's postings of the head's weakest weight all come after the head's last
/// document of that weight: search.js bounds what the tail can add from that, without loading it.
/// </summary>
internal static class PostingHeads
{
    /// <summary>Postings in a long list's head: enough for a first page of results under a filter that passes a few of them.</summary>
    public const int Size = 128;

    /// <summary>
    /// Writes the head of <paramref name="size"/> postings of <paramref name="list"/>, which holds more than that, to
    /// <paramref name="head"/> and the rest to <paramref name="tail"/>, each at least as long as the list, and returns
    /// their lengths.
    /// </summary>
    /// <remarks>
    /// The list is read twice, for the weights' counts and then for the parts, rather than its postings kept in lists
    /// in between: a common word has a posting in most documents, and kept, they were ~190 MB of large arrays on
    /// 100,000 briefs, which set off a full collection near the end of the build.
    /// </remarks>
    public static (int Head, int Tail) Split(ReadOnlySpan<byte> list, int size, byte[] head, byte[] tail)
    {
        Span<int> byWeight = stackalloc int[4];
        for (var at = 0; at < list.Length;)
        {
            byWeight[Varints.Read(list, ref at) & 3]++;
        }

        // The head takes every posting stronger than the cut and the first of the cut's weight in document order.
        var cut = 3;
        var left = size;
        while (byWeight[cut] < left)
        {
            left -= byWeight[cut--];
        }

        // A part's gaps sum the gaps they replace, and a varint of a sum is never longer than the varints it sums.
        int headLength = 0, tailLength = 0, headLast = 0, tailLast = 0, document = 0;
        for (var at = 0; at < list.Length;)
        {
            var value = Varints.Read(list, ref at);
            document += value >> 2;
            var weight = value & 3;
            if (weight > cut || (weight == cut && left-- > 0))
            {
                headLength = Varints.Write(head, headLength, ((document - headLast) << 2) | weight);
                headLast = document;
            }
            else
            {
                tailLength = Varints.Write(tail, tailLength, ((document - tailLast) << 2) | weight);
                tailLast = document;
            }
        }

        return (headLength, tailLength);
    }

    /// <summary>The number of postings in <paramref name="list"/>: its bytes that end a varint.</summary>
    public static int Count(ReadOnlySpan<byte> list)
    {
        var count = 0;
        foreach (var b in list)
        {
            count += b >> 7 ^ 1;
        }

        return count;
    }
}
