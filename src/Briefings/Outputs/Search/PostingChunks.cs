using System.Buffers;
using System.Buffers.Text;
using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// Writes posting lists in chunks of neighbouring terms (<c>t/0.js</c>, <c>t/1.js</c>, … for words; <c>f/…</c> for
/// filter values), each as it fills: <c>{"terms":[…],"postings":[…]}</c>, the terms in order and each list in base64.
/// A query loads the chunks of the terms it matched; neighbours share a chunk, as a prefix's terms are found together.
/// </summary>
internal static class PostingChunks
{
    /// <summary>
    /// A chunk is closed before it would pass this many bytes, so a rare term never shares a chunk with a common one
    /// and costs the common one's list; a list longer than this is a chunk of its own.
    /// </summary>
    public const int Target = 8 * 1024;

    /// <summary>Writes the chunks of <paramref name="terms"/>, given in order, and returns the chunk of each, by term id.</summary>
    public static int[] Write(IOutputWriter writer, ChunkHashes hashes, string folder, IReadOnlyList<int> terms, IReadOnlyList<string> names,
        PostingLists postings, int termCount, int target)
    {
        var chunkOf = new int[termCount];
        Array.Fill(chunkOf, -1);
        var chunk = 0;
        var start = 0;
        var size = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            var cost = names[terms[i]].Length + Base64.GetMaxEncodedToUtf8Length(postings.Of(terms[i]).Length) + 6;
            if (i > start && size + cost > target)
            {
                WriteChunk(writer, hashes, $"{folder}/{chunk++}", terms, start, i, names, postings, size);
                (start, size) = (i, 0);
            }

            chunkOf[terms[i]] = chunk;
            size += cost;
        }

        if (terms.Count > start)
        {
            WriteChunk(writer, hashes, $"{folder}/{chunk}", terms, start, terms.Count, names, postings, size);
        }

        return chunkOf;
    }

    private static void WriteChunk(IOutputWriter writer, ChunkHashes hashes, string name, IReadOnlyList<int> terms, int start, int end,
        IReadOnlyList<string> names, PostingLists postings, int size) =>
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
                Base64.EncodeToUtf8(postings.Of(terms[i]), base64, out _, out var written);
                json.WriteStringValue(base64.AsSpan(0, written));
            }

            ArrayPool<byte>.Shared.Return(base64);

            json.WriteEndArray();
            json.WriteEndObject();
        }, sizeHint: size + 64);
}
