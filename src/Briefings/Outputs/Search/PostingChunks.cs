using System.Buffers;
using System.Buffers.Text;
using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// Writes posting lists in chunks of neighbouring terms (<c>t/0.js</c>, <c>t/1.js</c>, … for words; <c>f/…</c> for
/// filter values), each as it fills: <c>{"terms":[…],"postings":[…]}</c>, the terms in order and each list in base64.
/// A query loads the chunks of the terms it matched; neighbours share a chunk, as a prefix's terms are found together.
/// A word's list longer than a chunk is split (<see cref="PostingHeads"/>): its head is a chunk of its own, <c>t/n.js</c>,
/// with its count of documents, <c>{"terms":[word],"postings":[head],"count":n}</c>, and its tail is <c>r/n.js</c> in the
/// form of any chunk, so the first results need not wait for the whole list, and a query that needs the tail can ask
/// for it with the head.
/// </summary>
internal static class PostingChunks
{
    /// <summary>
    /// A chunk is closed before it would pass this many bytes, so a rare term never shares a chunk with a common one
    /// and costs the common one's list; a list longer than this is a chunk of its own.
    /// </summary>
    public const int Target = 8 * 1024;

    /// <summary>The folder of the tails of long lists.</summary>
    public const string Tails = "r";

    /// <summary>
    /// Writes the chunks of <paramref name="terms"/>, given in order, and returns where each term's list is, by term id.
    /// Lists over <paramref name="splitAbove"/> bytes with more than <paramref name="head"/> postings are split; a head
    /// of 0 splits none.
    /// </summary>
    public static PostingPlaces Write(IOutputWriter writer, ChunkHashes hashes, string folder, IReadOnlyList<int> terms, IReadOnlyList<string> names,
        PostingLists postings, int termCount, int target, int head = 0, int splitAbove = Target)
    {
        var places = new PostingPlaces(termCount);
        var chunk = 0;
        var start = 0;
        var size = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            var list = postings.Of(term);
            int count;
            if (head > 0 && list.Length > splitAbove && (count = PostingHeads.Count(list)) > head)
            {
                if (i > start)
                {
                    WriteChunk(writer, hashes, $"{folder}/{chunk++}", terms, start, i, names, postings.Of, size);
                }

                var first = ArrayPool<byte>.Shared.Rent(list.Length);
                var rest = ArrayPool<byte>.Shared.Rent(list.Length);
                var (firstLength, restLength) = PostingHeads.Split(list, head, first, rest);
                WriteChunk(writer, hashes, $"{folder}/{chunk}", [term], 0, 1, names, _ => first.AsSpan(0, firstLength), Cost(term, firstLength), count);
                WriteChunk(writer, hashes, $"{Tails}/{chunk}", [term], 0, 1, names, _ => rest.AsSpan(0, restLength), Cost(term, restLength));
                ArrayPool<byte>.Shared.Return(first);
                ArrayPool<byte>.Shared.Return(rest);
                places.Chunk[term] = chunk++;
                places.Split[term] = true;
                (start, size) = (i + 1, 0);
                continue;
            }

            var cost = Cost(term, list.Length);
            if (i > start && size + cost > target)
            {
                WriteChunk(writer, hashes, $"{folder}/{chunk++}", terms, start, i, names, postings.Of, size);
                (start, size) = (i, 0);
            }

            places.Chunk[term] = chunk;
            size += cost;
        }

        if (terms.Count > start)
        {
            WriteChunk(writer, hashes, $"{folder}/{chunk}", terms, start, terms.Count, names, postings.Of, size);
        }

        return places;

        int Cost(int term, int length) => names[term].Length + Base64.GetMaxEncodedToUtf8Length(length) + 6;
    }

    private delegate ReadOnlySpan<byte> ListOf(int term);

    private static void WriteChunk(IOutputWriter writer, ChunkHashes hashes, string name, IReadOnlyList<int> terms, int start, int end,
        IReadOnlyList<string> names, ListOf postings, int size, int count = -1) =>
        SearchChunk.Write(writer, hashes, name, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("terms");
            for (var i = start; i < end; i++)
            {
                json.WriteStringValue(names[terms[i]]);
            }

            json.WriteEndArray();
            json.WriteStartArray("postings");
            // The chunk's size counts each list's base64 length, so any one list fits.
            var base64 = ArrayPool<byte>.Shared.Rent(size);
            for (var i = start; i < end; i++)
            {
                Base64.EncodeToUtf8(postings(terms[i]), base64, out _, out var written);
                json.WriteStringValue(base64.AsSpan(0, written));
            }

            ArrayPool<byte>.Shared.Return(base64);

            json.WriteEndArray();
            if (count >= 0)
            {
                json.WriteNumber("count", count);
            }

            json.WriteEndObject();
        }, sizeHint: size + 64);
}
