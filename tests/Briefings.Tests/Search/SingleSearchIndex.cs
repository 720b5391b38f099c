using System.Text.Json;
using Briefings.Graph;
using Briefings.Outputs.Search;

namespace Briefings.Tests.Search;

/// <summary>
/// The reference for the split index: the same documents indexed the simple way, into one in-memory index, as the
/// search index was written before it was split: every term with every document that holds it and the strongest
/// field weight it has there. <see cref="Json"/> gives it in the form ReferenceSearch.js (the page's search before the
/// split) queries.
/// </summary>
public sealed class SingleSearchIndex
{
    private SingleSearchIndex(List<(string Kind, string Url)> documents, SortedDictionary<string, SortedDictionary<int, int>> words,
        SortedDictionary<string, SortedDictionary<int, int>> filters)
    {
        Documents = documents;
        Words = words;
        Filters = filters;
    }

    public IReadOnlyList<(string Kind, string Url)> Documents { get; }

    public SortedDictionary<string, SortedDictionary<int, int>> Words { get; }

    public SortedDictionary<string, SortedDictionary<int, int>> Filters { get; }

    public static SingleSearchIndex Of(ContentGraph graph)
    {
        var all = SearchDocuments.From(graph).All;
        var documents = new List<(string, string)>();
        var words = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        var filters = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
        for (var id = 0; id < all.Count; id++)
        {
            documents.Add((all[id].Kind.Name(), all[id].Url));
            foreach (var (text, weight) in all[id].Fields())
            {
                foreach (var term in SearchTokenizer.Terms(text))
                {
                    Raise(words, term, id, weight);
                }
            }

            foreach (var filter in all[id].FilterTerms)
            {
                Raise(filters, filter, id, SearchDocument.Body);
            }
        }

        return new SingleSearchIndex(documents, words, filters);
    }

    /// <summary>{"count": n, "urls": […], "terms": […], "postings": [base64 …]}: what ReferenceSearch.js reads.</summary>
    public string Json() => JsonSerializer.Serialize(new
    {
        count = Documents.Count,
        urls = Documents.Select(d => d.Url),
        terms = Words.Keys,
        postings = Words.Values.Select(Encode),
    });

    private static void Raise(SortedDictionary<string, SortedDictionary<int, int>> index, string term, int id, int weight)
    {
        if (!index.TryGetValue(term, out var postings))
        {
            index[term] = postings = [];
        }

        postings[id] = Math.Max(postings.GetValueOrDefault(id), weight);
    }

    private static string Encode(SortedDictionary<int, int> postings)
    {
        var bytes = new List<byte>();
        var previous = 0;
        foreach (var (document, weight) in postings)
        {
            var value = ((document - previous) << 2) | weight;
            previous = document;
            for (; value >= 0x80; value >>= 7)
            {
                bytes.Add((byte)(value | 0x80));
            }

            bytes.Add((byte)value);
        }

        return Convert.ToBase64String(bytes.ToArray());
    }
}
