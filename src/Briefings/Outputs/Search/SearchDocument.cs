using System.Runtime.CompilerServices;
using System.Text;

namespace Briefings.Outputs.Search;

/// <summary>
/// One search result: the record the page shows for it (title, link, subtitle, excerpt), the text it is found by with
/// the weight of each field, the filter values it answers to, and its date. Its text is gathered first and tokenized
/// later, in <see cref="Index"/>, so that documents can be tokenized in parallel; the slow part (a brief's body text)
/// is made only then.
/// </summary>
internal sealed class SearchDocument(SearchKind kind, string title, string url, string subtitle)
{
    /// <summary>Field weights: where a term is found says how well it describes the document.</summary>
    public const int Name = 3;
    public const int Lead = 2;
    public const int Body = 1;

    /// <summary>
    /// How much text a record keeps for its excerpt. The page shows a window of it around the first word matched, so a
    /// brief's excerpt is its summary and the start of its body; more would be paid for in every result shown.
    /// </summary>
    public const int ExcerptLength = 280;

    // Dropped once the document is indexed, not cleared: a cleared list keeps its array, and every document's stayed
    // until the end of the index, ~80 MB on 100,000 briefs.
    private List<(string Text, int Weight)>? _texts = [];
    private List<string>? _filters = [];
    private (Markdown.RenderedBody Body, int? Weight)? _body;

    public SearchKind Kind { get; } = kind;

    public string Title { get; private set; } = title;

    public string Url { get; private set; } = url;

    public string Subtitle { get; private set; } = subtitle;

    /// <summary>The text the page cuts an excerpt from; a body added with <see cref="AddBody"/> continues it.</summary>
    public string Excerpt { get; set; } = "";

    public DateOnly? Date { get; init; }

    /// <summary>
    /// Each term once, as its id shifted left by two and or-ed with its weight, the strongest field it was found in, each
    /// such entry a varint (<see cref="Varints"/>): kept until the posting lists are built, as <c>int[]</c> they were
    /// ~179 MB of the heap on 100,000 briefs.
    /// </summary>
    public byte[] Terms { get; set; } = [];

    public void Add(string? text, int weight)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Texts.Add((text, weight));
        }
    }

    /// <summary>
    /// A filter value the document answers to, as <c>speaker:keir-starmer</c>: indexed as a term no word can be (the
    /// tokenizer splits at ':'), so a filter's documents are a posting list like a word's.
    /// </summary>
    public void AddFilter(string term) => Filters.Add(term);

    /// <summary>
    /// A rendered body whose text continues the excerpt; with a weight, it is indexed too. Its HTML is read only when the
    /// document is indexed, and the body told so then: read here, every brief's HTML stayed alive from the start of the
    /// index until its document's turn, ~570 MB on 100,000 briefs (bench/README.md, "Rendered bodies let go once read").
    /// </summary>
    public void AddBody(Markdown.RenderedBody body, int? weight) => _body = (body, weight);

    /// <summary>The text the document is found by, field by field, until it is indexed: for tests that index it another way.</summary>
    internal IEnumerable<(string Text, int Weight)> Fields()
    {
        foreach (var field in Texts)
        {
            yield return field;
        }

        if (_body is (var body, int weight))
        {
            yield return (PlainText.FromHtml(System.Text.Encoding.UTF8.GetString(body.Utf8Html.Span)), weight);
        }
    }

    /// <summary>Its filter terms, until it is indexed.</summary>
    internal IReadOnlyList<string> FilterTerms => Filters;

    private List<(string Text, int Weight)> Texts => _texts ?? throw Indexed();

    private List<string> Filters => _filters ?? throw Indexed();

    // Called once per document, in a process that builds once: compiled optimized at once rather than after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Index(TermTable table, IndexScratch scratch)
    {
        var sink = new TermSink(table, scratch);
        foreach (var (text, weight) in Texts)
        {
            sink.Weight = weight;
            SearchTokenizer.AddTerms(text, ref sink);
        }

        sink.Weight = Body;
        foreach (var filter in Filters)
        {
            sink.Add(filter, default);
        }

        if (_body is var (body, htmlWeight))
        {
            var text = PlainText.FromHtml(scratch.Decode(body.Utf8Html.Span), ref scratch.Text);
            body.DoneReading();
            if (htmlWeight is { } weight)
            {
                sink.Weight = weight;
                SearchTokenizer.AddTerms(text, ref sink);
            }

            Excerpt = Continue(scratch.Excerpt, Excerpt, text);
        }

        Terms = scratch.TakeTerms();
        _texts = null;
        _filters = null;
        _body = null;
    }

    private static InvalidOperationException Indexed() => new("The search document is indexed already: its text is gone.");

    /// <summary>Lets go of the record once it is written, as a big site's records would otherwise stay until the end of the index.</summary>
    public void ReleaseRecord() => (Title, Url, Subtitle, Excerpt) = ("", "", "", "");

    /// <summary>The excerpt so far and as much of the body text as fits, its runs of white space made single spaces.</summary>
    private static string Continue(StringBuilder builder, string lead, ReadOnlySpan<char> text)
    {
        builder.Clear().Append(lead);
        var space = lead.Length > 0;
        foreach (var c in text)
        {
            // Never between the halves of a surrogate pair, which JSON cannot hold apart.
            if (builder.Length >= ExcerptLength && !char.IsLowSurrogate(c))
            {
                builder.Append('…');
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
            }
            else
            {
                if (space)
                {
                    builder.Append(' ');
                    space = false;
                }

                builder.Append(c);
            }
        }

        return Records.Clean(builder.ToString());
    }

    private struct TermSink(TermTable table, IndexScratch scratch) : SearchTokenizer.ITermSink
    {
        public int Weight;

        public readonly void Add(ReadOnlySpan<char> term, PackedTerm packed)
        {
            if (!scratch.Terms.TryGet(term, packed, out var id))
            {
                id = table.Id(term, out var name);
                scratch.Terms.Add(name, id);
            }

            scratch.Raise(id, Weight);
        }
    }
}
