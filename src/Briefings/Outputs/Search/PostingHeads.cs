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

    /// <summary>The head of <paramref name="size"/> postings and the tail of <paramref name="list"/>, which holds more than that.</summary>
    public static (byte[] Head, byte[] Tail) Split(ReadOnlySpan<byte> list, int size)
    {
        var documents = new List<int>();
        var weights = new List<int>();
        var byWeight = new int[4];
        var document = 0;
        for (var at = 0; at < list.Length;)
        {
            var value = Varints.Read(list, ref at);
            document += value >> 2;
            documents.Add(document);
            weights.Add(value & 3);
            byWeight[value & 3]++;
        }

        // The head takes every posting stronger than the cut and the first of the cut's weight in document order.
        var cut = 3;
        var left = size;
        while (byWeight[cut] < left)
        {
            left -= byWeight[cut--];
        }

        // A part's gaps sum the gaps they replace, and a varint of a sum is never longer than the varints it sums.
        var head = new byte[list.Length];
        var tail = new byte[list.Length];
        int headLength = 0, tailLength = 0, headLast = 0, tailLast = 0;
        for (var i = 0; i < documents.Count; i++)
        {
            var weight = weights[i];
            if (weight > cut || (weight == cut && left-- > 0))
            {
                headLength = Varints.Write(head, headLength, ((documents[i] - headLast) << 2) | weight);
                headLast = documents[i];
            }
            else
            {
                tailLength = Varints.Write(tail, tailLength, ((documents[i] - tailLast) << 2) | weight);
                tailLast = documents[i];
            }
        }

        return (head[..headLength], tail[..tailLength]);
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
