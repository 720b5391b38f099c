using Briefings.Content;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Graph;
using Briefings.Output;

namespace Briefings.Search;

/// <summary>
/// The client-side search index, built at build time: the documents (briefs, people, organizations,
/// quotes, commitments) and an inverted index from each term to the documents holding it. Postings are
/// delta-encoded varints in base64, each carrying the strongest field the term appeared in, so the index
/// stays a small fraction of the HTML it covers; the browser decodes only the terms a query touches.
/// It is written as a script that assigns the index to a global, not as JSON to fetch, because browsers
/// refuse fetch() on file:// pages and the site must work straight from disk.
/// </summary>
public static class SearchIndex
{
    public const string Path = "search/index.js";

    public const string Prefix = "window.briefingsSearchIndex=";

    /// <summary>Field weights: where a term is found says how well it describes the document.</summary>
    private const int Name = 3;
    private const int Lead = 2;
    private const int Body = 1;

    private const int SnippetLength = 160;

    private static readonly string[] Kinds = ["brief", "person", "organization", "quote", "commitment"];

    public static byte[] Build(ContentGraph graph)
    {
        var documents = Documents(graph);
        var terms = new TermTable();
        Parallel.ForEach(documents, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, document => document.Index(terms));
        return Serialize(documents, terms);
    }

    private static List<Document> Documents(ContentGraph graph)
    {
        var documents = new List<Document>();
        foreach (var brief in graph.Briefs)
        {
            var document = new Document(0, brief.Brief.Title, brief.Key.Url, Snippet(brief.Brief.Summary ?? ""));
            document.Add(brief.Brief.Title, Name);
            document.Add(brief.Brief.Summary, Lead);
            foreach (var topic in brief.Topics)
            {
                document.Add(topic.Title, Lead);
            }

            foreach (var speaker in brief.Speakers)
            {
                document.Add(speaker.Person.Name, Lead);
            }

            document.AddLater(() => PlainText.FromHtml(brief.Body.Html), Body);
            documents.Add(document);
        }

        foreach (var person in graph.People)
        {
            var document = new Document(1, person.Person.Name, person.Key.Url, Snippet(person.Person.Role ?? ""));
            document.Add(person.Person.Name, Name);
            foreach (var alias in person.Person.Aliases)
            {
                document.Add(alias, Name);
            }

            document.Add(person.Person.Role, Lead);
            document.Add(person.Organization?.Organization.Name, Body);
            documents.Add(document);
        }

        foreach (var organization in graph.Organizations)
        {
            var document = new Document(2, organization.Organization.Name, organization.Key.Url, organization.Organization.Kind.ToString().ToLowerInvariant());
            document.Add(organization.Organization.Name, Name);
            foreach (var alias in organization.Organization.Aliases)
            {
                document.Add(alias, Name);
            }

            documents.Add(document);
        }

        foreach (var brief in graph.Briefs)
        {
            for (var i = 0; i < brief.Brief.Quotes.Count; i++)
            {
                var quote = brief.Brief.Quotes[i];
                var speaker = graph.PeopleById.GetValueOrDefault(quote.By.Id)?.Person.Name ?? quote.By.Id;
                var document = new Document(3, Snippet(quote.Text), $"{brief.Key.Url}#{Rendering.Models.ViewModels.QuoteAnchor(i)}", $"{speaker} · {brief.Brief.Title}");
                document.Add(quote.Text, Lead);
                document.Add(speaker, Body);
                documents.Add(document);
            }
        }

        foreach (var commitment in graph.Commitments)
        {
            var document = new Document(4, commitment.Title, commitment.Key.Url, $"{commitment.CurrentStatus.Label()} · {graph.ActorName(commitment.By)}");
            document.Add(commitment.Title, Name);
            document.Add(commitment.Text, Lead);
            document.Add(graph.ActorName(commitment.By), Body);
            documents.Add(document);
        }

        return documents;
    }

    private static byte[] Serialize(List<Document> documents, TermTable terms)
    {
        // Postings by term id, documents in id order; then the terms in the order the browser's binary search needs.
        var byTerm = new List<(int Doc, int Weight)>[terms.Count];
        for (var id = 0; id < documents.Count; id++)
        {
            foreach (var (term, weight) in documents[id].Terms)
            {
                (byTerm[term] ??= []).Add((id, weight));
            }
        }

        var postings = terms.Names.Select((name, id) => (Name: name, List: byTerm[id]))
            .Where(p => p.List is not null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        using var buffer = new MemoryStream();
        buffer.Write(System.Text.Encoding.UTF8.GetBytes(Prefix));
        // The default encoder escapes <, > and & too, so no term or title can close the script.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteStartArray("kinds");
            foreach (var kind in Kinds)
            {
                json.WriteStringValue(kind);
            }

            json.WriteEndArray();
            json.WriteStartArray("docs");
            foreach (var document in documents)
            {
                json.WriteStartArray();
                json.WriteNumberValue(document.Kind);
                json.WriteStringValue(document.Title);
                json.WriteStringValue(document.Url);
                json.WriteStringValue(document.Subtitle);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("terms");
            foreach (var (term, _) in postings)
            {
                json.WriteStringValue(term);
            }

            json.WriteEndArray();
            json.WriteStartArray("postings");
            var bytes = new List<byte>();
            foreach (var (_, list) in postings)
            {
                bytes.Clear();
                var previous = 0;
                foreach (var (doc, weight) in list)
                {
                    // Documents are added in id order, so deltas are never negative.
                    WriteVarint(bytes, ((doc - previous) << 2) | weight);
                    previous = doc;
                }

                json.WriteStringValue(Convert.ToBase64String(bytes.ToArray()));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.Write(";\n"u8);
        return buffer.ToArray();
    }

    private static void WriteVarint(List<byte> bytes, int value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
    }

    private static string Snippet(string text)
    {
        var clean = AtomFeed.Clean(text.ReplaceLineEndings(" ").Trim());
        return clean.Length <= SnippetLength ? clean : clean[..(SnippetLength - 1)].TrimEnd() + "…";
    }

    /// <summary>
    /// Every distinct term gets one string and one id, shared by all documents: tokenizing ten thousand
    /// briefs would otherwise make millions of copies of the same few thousand words.
    /// </summary>
    private sealed class TermTable
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly List<string> _names = [];

        public TermTable()
        {
            _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public int Count => _names.Count;

        public IReadOnlyList<string> Names => _names;

        public int Id(ReadOnlySpan<char> term)
        {
            if (_lookup.TryGetValue(term, out var id))
            {
                return id;
            }

            lock (_names)
            {
                if (_lookup.TryGetValue(term, out id))
                {
                    return id;
                }

                var name = term.ToString();
                id = _names.Count;
                _names.Add(name);
                _ids[name] = id;
                return id;
            }
        }
    }

    /// <summary>
    /// One search result. Its text is gathered first and tokenized later, in <see cref="Index"/>, so that
    /// documents can be tokenized in parallel; the slow part (a brief's body text) is made only then.
    /// </summary>
    private sealed class Document(int kind, string title, string url, string subtitle)
    {
        private readonly List<(Func<string?> Text, int Weight)> _texts = [];
        private (int Term, int Weight)[] _terms = [];

        public int Kind { get; } = kind;

        public string Title { get; } = title;

        public string Url { get; } = url;

        public string Subtitle { get; } = subtitle;

        public IReadOnlyList<(int Term, int Weight)> Terms => _terms;

        public void Add(string? text, int weight) => _texts.Add((() => text, weight));

        public void AddLater(Func<string?> text, int weight) => _texts.Add((text, weight));

        public void Index(TermTable table)
        {
            var terms = new Dictionary<int, int>();
            foreach (var (text, weight) in _texts)
            {
                var value = text();
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }

                var sink = new TermSink(table, terms, weight);
                SearchTokenizer.AddTerms(value, ref sink);
            }

            _terms = terms.Select(t => (t.Key, t.Value)).ToArray();
            _texts.Clear();
        }
    }

    private readonly struct TermSink(TermTable table, Dictionary<int, int> terms, int weight) : SearchTokenizer.ITermSink
    {
        public void Add(ReadOnlySpan<char> term)
        {
            var id = table.Id(term);
            if (!terms.TryGetValue(id, out var existing) || existing < weight)
            {
                terms[id] = weight;
            }
        }
    }
}
