using System.Buffers;
using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Search;

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

    private const int DocumentsPerTake = 32;

    private static readonly string[] Kinds = ["brief", "person", "organization", "quote", "commitment"];

    /// <summary>The index file's bytes.</summary>
    public static byte[] Build(ContentGraph graph)
    {
        using var index = BuildPooled(graph);
        return index.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The index file in a pooled buffer, for <see cref="PooledBufferWriter.WriteTo"/>: on a big site each copy of it
    /// was a large-object allocation, and those are what set off full collections late in a build
    /// (bench/README.md, "Output buffers").
    /// </summary>
    internal static PooledBufferWriter BuildPooled(ContentGraph graph)
    {
        var documents = Documents(graph).ToArray();
        var terms = new TermTable();
        // One worker per core, each taking the next few documents in turn, rather than Parallel.ForEach's
        // task replicas, so that each worker's term cache and buffers are made once and stay warm.
        var next = 0;
        Parallel.For(0, Environment.ProcessorCount, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, _ =>
        {
            var scratch = new Scratch();
            int start;
            while ((start = Interlocked.Add(ref next, DocumentsPerTake) - DocumentsPerTake) < documents.Length)
            {
                foreach (var document in documents.AsSpan(start, Math.Min(DocumentsPerTake, documents.Length - start)))
                {
                    document.Index(terms, scratch);
                }
            }
        });
        return Serialize(documents, terms);
    }

    private static List<Document> Documents(ContentGraph graph)
    {
        var documents = new List<Document>();
        foreach (var brief in graph.Briefs)
        {
            var document = new Document(0, brief.Brief.Title, brief.Url, Snippet(brief.Brief.Summary ?? ""));
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

            document.AddHtml(brief.Body.Utf8Html, Body);
            foreach (var embed in brief.Body.Embeds)
            {
                foreach (var text in graph.Text(embed))
                {
                    document.Add(text, Body);
                }
            }

            documents.Add(document);
        }

        foreach (var person in graph.People)
        {
            var document = new Document(1, person.Person.Name, person.Url, Snippet(person.Person.Role ?? ""));
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
            var document = new Document(2, organization.Organization.Name, organization.Url, organization.Organization.Kind.ToString().ToLowerInvariant());
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
                var document = new Document(3, Snippet(quote.Text), $"{brief.Url}#{BriefNode.QuoteAnchor(i)}", $"{speaker} · {brief.Brief.Title}");
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

    // Called once per build, with loops over millions of postings: compiled optimized at once, not run slow
    // until on-stack replacement steps in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static PooledBufferWriter Serialize(Document[] documents, TermTable terms)
    {
        // Each term's postings as they are written, varints in one array: a list per term would be a million
        // small lists. The first pass measures each term's share of the array, the second fills it.
        var starts = new int[terms.Count + 1];
        var previous = new int[terms.Count];
        for (var id = 0; id < documents.Length; id++)
        {
            foreach (var entry in documents[id].Terms)
            {
                starts[(entry >> 2) + 1] += VarintLength(Posting(id, entry, previous));
            }
        }

        for (var term = 0; term < terms.Count; term++)
        {
            starts[term + 1] += starts[term];
        }

        var postings = new byte[starts[terms.Count]];
        var next = starts[..^1];
        Array.Clear(previous);
        for (var id = 0; id < documents.Length; id++)
        {
            foreach (var entry in documents[id].Terms)
            {
                ref var at = ref next[entry >> 2];
                at = WriteVarint(postings, at, Posting(id, entry, previous));
            }
        }

        // Then the terms in the order the browser's binary search needs.
        var order = Enumerable.Range(0, terms.Count).Where(term => starts[term + 1] > starts[term]).ToArray();
        Array.Sort(order.Select(term => terms.Names[term]).ToArray(), order, StringComparer.Ordinal);

        var output = new PooledBufferWriter(EstimateSize(documents, terms, order, starts));
        output.Write(System.Text.Encoding.UTF8.GetBytes(Prefix));
        // The default encoder escapes <, > and & too, so no term or title can close the script.
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }))
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
            foreach (var term in order)
            {
                json.WriteStringValue(terms.Names[term]);
            }

            json.WriteEndArray();
            json.WriteStartArray("postings");
            var base64 = Array.Empty<byte>();
            foreach (var term in order)
            {
                var list = postings.AsSpan(starts[term], starts[term + 1] - starts[term]);
                if (base64.Length < Base64.GetMaxEncodedToUtf8Length(list.Length))
                {
                    base64 = new byte[Base64.GetMaxEncodedToUtf8Length(list.Length * 2)];
                }

                Base64.EncodeToUtf8(list, base64, out _, out var written);
                json.WriteStringValue(base64.AsSpan(0, written));
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(";\n"u8);
        return output;
    }

    /// <summary>
    /// The index's size in bytes, a little over, so that its buffer is made once rather than doubled up to
    /// it: the postings exactly, the strings as UTF-8 before any escaping, and room for the punctuation.
    /// </summary>
    private static int EstimateSize(Document[] documents, TermTable terms, int[] order, int[] starts)
    {
        var utf8 = System.Text.Encoding.UTF8;
        var size = 64 * 1024;
        foreach (var document in documents)
        {
            size += 16 + utf8.GetByteCount(document.Title) + utf8.GetByteCount(document.Url) + utf8.GetByteCount(document.Subtitle);
        }

        foreach (var term in order)
        {
            size += 6 + utf8.GetByteCount(terms.Names[term]) + Base64.GetMaxEncodedToUtf8Length(starts[term + 1] - starts[term]);
        }

        return size;
    }

    /// <summary>
    /// A document's posting in a term's list: the gap from the term's previous document, shifted left by two
    /// and or-ed with the weight. Documents come in id order, so gaps are never negative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Posting(int document, int entry, int[] previous)
    {
        ref var last = ref previous[entry >> 2];
        var posting = ((document - last) << 2) | (entry & 3);
        last = document;
        return posting;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    /// <summary>Bytes in a varint, by table: the gaps between documents vary too much for a chain of comparisons to predict.</summary>
    private static int VarintLength(int value) => VarintLengths[BitOperations.LeadingZeroCount((uint)value)];

    /// <summary>By leading zero bits of a 32-bit value: 7 bits a byte, so 0-3 leading zeros need 5 bytes, 4-10 need 4, and so on.</summary>
    private static ReadOnlySpan<byte> VarintLengths => [5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WriteVarint(byte[] bytes, int length, int value)
    {
        while (value >= 0x80)
        {
            bytes[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[length++] = (byte)value;
        return length;
    }

    private static string Snippet(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        // Text with nothing outside this range is all XML characters, which Clean would only scan to return as is.
        var clean = line.AsSpan().ContainsAnyExceptInRange(' ', '\uD7FF') ? XmlSafeText.Clean(line) : line;
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

        /// <summary>The term's id, and in <paramref name="name"/> the one string kept for it.</summary>
        public int Id(ReadOnlySpan<char> term, out string name)
        {
            if (_lookup.TryGetValue(term, out name!, out var id))
            {
                return id;
            }

            lock (_names)
            {
                if (_lookup.TryGetValue(term, out name!, out id))
                {
                    return id;
                }

                name = term.ToString();
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
        private readonly List<(string Text, int Weight)> _texts = [];
        private (ReadOnlyMemory<byte> Html, int Weight)? _html;

        public int Kind { get; } = kind;

        public string Title { get; } = title;

        public string Url { get; } = url;

        public string Subtitle { get; } = subtitle;

        /// <summary>Each term once, as its id shifted left by two and or-ed with its weight, the strongest field it was found in.</summary>
        public int[] Terms { get; private set; } = [];

        public void Add(string? text, int weight)
        {
            if (!string.IsNullOrEmpty(text))
            {
                _texts.Add((text, weight));
            }
        }

        public void AddHtml(ReadOnlyMemory<byte> html, int weight) => _html = (html, weight);

        // Called once per document, in a process that builds once: compiled optimized at once rather than after tiering.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Index(TermTable table, Scratch scratch)
        {
            var sink = new TermSink(table, scratch);
            foreach (var (text, weight) in _texts)
            {
                sink.Weight = weight;
                SearchTokenizer.AddTerms(text, ref sink);
            }

            if (_html is var (html, htmlWeight))
            {
                sink.Weight = htmlWeight;
                SearchTokenizer.AddTerms(PlainText.FromHtml(scratch.Decode(html.Span), ref scratch.Text), ref sink);
            }

            Terms = scratch.TakeTerms();
            _texts.Clear();
            _html = null;
        }
    }

    private struct TermSink(TermTable table, Scratch scratch) : SearchTokenizer.ITermSink
    {
        public int Weight;

        public readonly void Add(ReadOnlySpan<char> term, ulong packed)
        {
            if (!scratch.Terms.TryGet(term, packed, out var id))
            {
                id = table.Id(term, out var name);
                scratch.Terms.Add(name, id);
            }

            scratch.Raise(id, Weight);
        }
    }

    /// <summary>
    /// One worker's reusable buffers: a brief's plain text, its own cache of term ids, and the weight of each term in the document being
    /// indexed, by term id, so a term found again costs an array read, not a dictionary that grows per document.
    /// </summary>
    private sealed class Scratch
    {
        private readonly List<int> _found = [];
        private int[] _weights = new int[4096];

        public char[] Text = [];

        private char[] _html = [];

        /// <summary>A body's UTF-8 HTML as characters, in a buffer the worker reuses.</summary>
        public ReadOnlySpan<char> Decode(ReadOnlySpan<byte> utf8)
        {
            var most = System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length);
            if (_html.Length < most)
            {
                _html = new char[Math.Max(most, _html.Length * 2)];
            }

            return _html.AsSpan(0, System.Text.Encoding.UTF8.GetChars(utf8, _html));
        }

        public TermCache Terms { get; } = new();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Raise(int term, int weight)
        {
            if (term >= _weights.Length)
            {
                Array.Resize(ref _weights, Math.Max(term + 1, _weights.Length * 2));
            }

            // Weights start at 1, so 0 says the term is not yet in the document.
            ref var current = ref _weights[term];
            if (current == 0)
            {
                _found.Add(term);
            }

            if (current < weight)
            {
                current = weight;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int[] TakeTerms()
        {
            var terms = new int[_found.Count];
            for (var i = 0; i < terms.Length; i++)
            {
                var term = _found[i];
                terms[i] = (term << 2) | _weights[term];
                _weights[term] = 0;
            }

            _found.Clear();
            return terms;
        }
    }
}
