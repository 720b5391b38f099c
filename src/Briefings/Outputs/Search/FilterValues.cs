using Briefings.Content;
using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// <c>facets.js</c>: the values of the speaker, topic and status filters, each as <c>[value, label, chunk]</c> with
/// the <c>f/</c> chunk that holds its documents: the page fills its lists from it when the filters are opened, and
/// finds there where a filter's documents are. Speakers and topics by name; statuses in the order a commitment
/// moves through them.
/// </summary>
internal static class FilterValues
{
    public const string Name = "facets";

    public static void Write(IOutputWriter writer, ChunkHashes hashes, IReadOnlyList<int> filters, IReadOnlyList<string> names, int[] chunkOf,
        IReadOnlyDictionary<string, string> labels)
    {
        var byFilter = filters.ToLookup(term => names[term][..names[term].IndexOf(':')]);
        SearchChunk.Write(writer, hashes, Name, json =>
        {
            json.WriteStartObject();
            foreach (var filter in new[] { SearchDocuments.Speaker, SearchDocuments.Topic })
            {
                var values = byFilter[filter]
                    .Select(term => (Term: term, Label: labels.GetValueOrDefault(names[term], names[term])))
                    .OrderBy(value => value.Label, StringComparer.OrdinalIgnoreCase)
                    .ThenBy(value => names[value.Term], StringComparer.Ordinal);
                json.WriteStartArray(filter);
                foreach (var (term, label) in values)
                {
                    Value(json, names[term][(filter.Length + 1)..], label, chunkOf[term]);
                }

                json.WriteEndArray();
            }

            var statuses = byFilter[SearchDocuments.Status].ToDictionary(term => names[term], StringComparer.Ordinal);
            json.WriteStartArray(SearchDocuments.Status);
            foreach (var status in CommitmentStatuses.All)
            {
                if (statuses.TryGetValue($"{SearchDocuments.Status}:{status.Slug()}", out var term))
                {
                    Value(json, status.Slug(), labels.GetValueOrDefault(names[term], status.Label()), chunkOf[term]);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Value(System.Text.Json.Utf8JsonWriter json, string value, string label, int chunk)
    {
        json.WriteStartArray();
        json.WriteStringValue(value);
        json.WriteStringValue(label);
        json.WriteNumberValue(chunk);
        json.WriteEndArray();
    }
}
