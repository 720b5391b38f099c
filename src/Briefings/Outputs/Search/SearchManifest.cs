using System.Buffers;
using System.Text.Json;
using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// <c>search/index.js</c>, the one file of the index the search page loads before a query: a few hundred bytes,
/// whatever the size of the site. It assigns to <c>window.briefingsSearchIndex</c> the format, the version the
/// page asks for chunks with, the kinds and where each kind's documents start (the last number is the count of all),
/// the documents per record block, and which vocabulary files exist, so that the page never asks for a missing one.
/// </summary>
internal static class SearchManifest
{
    public const int Format = 3;

    public static void Write(IOutputWriter writer, string version, IReadOnlyList<int> starts, int block, IReadOnlyDictionary<string, List<int>> vocabulary)
    {
        var buffer = new PooledBufferWriter(4096);
        try
        {
            buffer.Write(System.Text.Encoding.UTF8.GetBytes(SearchIndex.Prefix));
            using (var json = new Utf8JsonWriter(buffer, SearchChunk.Options))
            {
                json.WriteStartObject();
                json.WriteNumber("format", Format);
                json.WriteString("version", version);
                json.WriteStartArray("kinds");
                foreach (var kind in SearchKinds.All)
                {
                    json.WriteStringValue(kind.Name());
                }

                json.WriteEndArray();
                Numbers(json, "starts", starts);
                json.WriteNumber("block", block);
                json.WriteStartObject("vocabulary");
                foreach (var (family, units) in vocabulary)
                {
                    Numbers(json, family, units);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            buffer.Write(";\n"u8);
            buffer.WriteTo(writer, SearchIndex.Path);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static void Numbers(Utf8JsonWriter json, string name, IEnumerable<int> numbers)
    {
        json.WriteStartArray(name);
        foreach (var number in numbers)
        {
            json.WriteNumberValue(number);
        }

        json.WriteEndArray();
    }
}
