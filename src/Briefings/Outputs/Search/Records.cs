using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// What the page shows for each result, in blocks of <see cref="Block"/> documents by number (<c>d/0.js</c> holds
/// documents 0–7): <c>[[title, url, subtitle, excerpt], …]</c>. The page loads the blocks of the results it shows,
/// never the records of the rest; a block is written as soon as its documents are indexed, and let go.
/// </summary>
internal static class Records
{
    /// <summary>
    /// Documents per block: the page shows ten results at a time, usually from ten blocks, whose records are all the
    /// first screen waits for once the query is ranked; blocks of eight (about 3 KB at 100,000 briefs) load a search's
    /// first page in half the bytes of sixteen, for twice the files.
    /// </summary>
    public const int Block = 8;

    /// <summary>Writes block number <paramref name="number"/> of blocks of <paramref name="size"/> documents.</summary>
    public static void Write(IOutputWriter writer, ChunkHashes hashes, SearchDocuments documents, int number, int size)
    {
        var end = Math.Min(documents.Count, (number + 1) * size);
        SearchChunk.Write(writer, hashes, $"d/{number}", json =>
        {
            json.WriteStartArray();
            for (var id = number * size; id < end; id++)
            {
                var document = documents.Make(id);
                json.WriteStartArray();
                json.WriteStringValue(document.Title);
                json.WriteStringValue(document.Url);
                json.WriteStringValue(document.Subtitle);
                json.WriteStringValue(document.Excerpt);
                json.WriteEndArray();
                document.ReleaseRecord();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>Text a record can hold: control characters and unpaired surrogates dropped, which JSON and the page cannot show.</summary>
    public static string Clean(string text) =>
        // Text with nothing outside this range is all XML characters, which Clean would only scan to return as is.
        text.AsSpan().ContainsAnyExceptInRange(' ', '\uD7FF') ? XmlSafeText.Clean(text) : text;
}
