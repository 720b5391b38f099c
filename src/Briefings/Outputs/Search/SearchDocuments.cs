using System.Globalization;
using System.Runtime.InteropServices;
using Briefings.Content;
using Briefings.Graph;

namespace Briefings.Outputs.Search;

/// <summary>
/// The documents of the search index in the order it numbers them (<see cref="SearchKind"/>), with the names the
/// page shows for the values of the speaker and topic filters. A document is made only when the index comes to it
/// (<see cref="Make"/>): made all at once, ~300,000 documents' texts and records on 100,000 briefs were alive together
/// from the start of the index.
/// </summary>
internal sealed class SearchDocuments
{
    public const string Speaker = "speaker";
    public const string Topic = "topic";
    public const string Status = "status";

    private const int TitleLength = 160;

    private readonly ContentGraph _graph;
    private readonly Source[] _sources;
    private readonly SearchDocument?[] _made;

    // Each filter term made once, before any document is: documents are made by several workers at a time, and only read these.
    private readonly Dictionary<string, string> _topics;
    private readonly Dictionary<string, string> _speakers;
    private readonly Dictionary<string, string> _statuses;

    private SearchDocuments(ContentGraph graph, Source[] sources, Dictionary<string, string> labels, FilterTerms topics, FilterTerms speakers, FilterTerms statuses)
    {
        _graph = graph;
        _sources = sources;
        _made = new SearchDocument?[sources.Length];
        Labels = labels;
        (_topics, _speakers, _statuses) = (topics.Terms, speakers.Terms, statuses.Terms);
    }

    public int Count => _sources.Length;

    /// <summary>How many documents are made so far, for tests.</summary>
    internal int Made => _made.Count(d => d is not null);

    /// <summary>Every document, made where not made yet.</summary>
    public IReadOnlyList<SearchDocument> All
    {
        get
        {
            for (var id = 0; id < Count; id++)
            {
                Make(id);
            }

            return _made!;
        }
    }

    /// <summary>By filter term (<c>speaker:keir-starmer</c>), the name the page shows for it.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    public static SearchDocuments From(ContentGraph graph)
    {
        var sources = new List<Source>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var topics = new FilterTerms(Topic);
        var speakers = new FilterTerms(Speaker);
        var statuses = new FilterTerms(Status);
        // Every topic a brief or commitment has is one of the site's, so each gets its filter term here.
        foreach (var topic in graph.Topics)
        {
            sources.Add(new Source(SearchKind.Topic, topic));
            labels[topics.Of(topic.Id)] = topic.Title;
        }

        sources.AddRange(graph.People.Select(person => new Source(SearchKind.Person, person)));
        sources.AddRange(graph.Organizations.Select(organization => new Source(SearchKind.Organization, organization)));
        foreach (var brief in graph.Briefs)
        {
            sources.Add(new Source(SearchKind.Brief, brief));
            foreach (var speaker in brief.Speakers)
            {
                labels[speakers.Of(speaker.Person.Id)] = speaker.Person.Name;
            }
        }

        foreach (var brief in graph.Briefs)
        {
            for (var i = 0; i < brief.Brief.Quotes.Count; i++)
            {
                sources.Add(new Source(SearchKind.Quote, brief, i));
                var by = brief.Brief.Quotes[i].By.Id;
                labels[speakers.Of(by)] = SpeakerName(graph, by);
            }
        }

        // Newest first, as briefs are, so that a date range is a range of numbers here too.
        foreach (var commitment in graph.Commitments.Sorted(NewestFirst))
        {
            sources.Add(new Source(SearchKind.Commitment, commitment));
            labels[speakers.Of(commitment.By.Id)] = graph.ActorName(commitment.By);
            var status = commitment.CurrentStatus.Slug();
            labels[statuses.Of(status)] = graph.Config.Text.Text("status." + status);
        }

        return new SearchDocuments(graph, [.. sources], labels, topics, speakers, statuses);
    }

    /// <summary>Document <paramref name="id"/>, made the first time it is asked for; safe for several workers asking for different documents.</summary>
    public SearchDocument Make(int id) => _made[id] ??= Make(_sources[id]);

    private SearchDocument Make(Source source) => source.Kind switch
    {
        SearchKind.Topic => TopicDocument((TopicNode)source.Node),
        SearchKind.Person => PersonDocument((PersonNode)source.Node),
        SearchKind.Organization => OrganizationDocument((OrganizationNode)source.Node),
        SearchKind.Brief => BriefDocument((BriefNode)source.Node),
        SearchKind.Quote => QuoteDocument((BriefNode)source.Node, source.Index),
        _ => CommitmentDocument((CommitmentNode)source.Node),
    };

    private SearchDocument TopicDocument(TopicNode topic)
    {
        var document = new SearchDocument(SearchKind.Topic, topic.Title, topic.Key.Url, _graph.Config.Text.Count("count.briefs", topic.Briefs.Count));
        document.Add(topic.Title, SearchDocument.Name);
        document.AddBody(topic.Description, SearchDocument.Body);
        return document;
    }

    private static SearchDocument PersonDocument(PersonNode person)
    {
        var document = new SearchDocument(SearchKind.Person, person.Person.Name, person.Url, Records.Clean(person.Person.Role ?? ""));
        document.Add(person.Person.Name, SearchDocument.Name);
        foreach (var alias in person.Person.Aliases)
        {
            document.Add(alias, SearchDocument.Name);
        }

        document.Add(person.Person.Role, SearchDocument.Lead);
        document.Add(person.Organization?.Organization.Name, SearchDocument.Body);
        // The bio is shown, not searched: what a person is found by stays their names, role and organization.
        document.AddBody(person.Bio, weight: null);
        return document;
    }

    private static SearchDocument OrganizationDocument(OrganizationNode organization)
    {
        var document = new SearchDocument(SearchKind.Organization, organization.Organization.Name, organization.Url, organization.Organization.Kind.ToString().ToLowerInvariant());
        document.Add(organization.Organization.Name, SearchDocument.Name);
        foreach (var alias in organization.Organization.Aliases)
        {
            document.Add(alias, SearchDocument.Name);
        }

        document.AddBody(organization.Description, weight: null);
        return document;
    }

    private SearchDocument BriefDocument(BriefNode brief)
    {
        var document = new SearchDocument(SearchKind.Brief, brief.Brief.Title, brief.Url, Iso(brief.Brief.Date))
        {
            Date = brief.Brief.Date,
            Excerpt = Records.Clean(brief.Brief.Summary ?? ""),
        };
        document.Add(brief.Brief.Title, SearchDocument.Name);
        document.Add(brief.Brief.Summary, SearchDocument.Lead);
        foreach (var topic in brief.Topics)
        {
            document.Add(topic.Title, SearchDocument.Lead);
            document.AddFilter(_topics[topic.Id]);
        }

        foreach (var speaker in brief.Speakers)
        {
            document.Add(speaker.Person.Name, SearchDocument.Lead);
            document.AddFilter(_speakers[speaker.Person.Id]);
        }

        document.AddBody(brief.Body, SearchDocument.Body);
        foreach (var embed in brief.Body.Embeds)
        {
            foreach (var text in _graph.Text(embed))
            {
                document.Add(text, SearchDocument.Body);
            }
        }

        return document;
    }

    private SearchDocument QuoteDocument(BriefNode brief, int i)
    {
        var quote = brief.Brief.Quotes[i];
        var speaker = SpeakerName(_graph, quote.By.Id);
        var document = new SearchDocument(SearchKind.Quote, Snippet(quote.Text), $"{brief.Url}#{BriefNode.QuoteAnchor(i)}",
            Records.Clean($"{speaker} · {brief.Brief.Title} · {Iso(brief.Brief.Date)}"))
        {
            Date = brief.Brief.Date,
        };
        document.Add(quote.Text, SearchDocument.Lead);
        document.Add(speaker, SearchDocument.Body);
        document.AddFilter(_speakers[quote.By.Id]);
        foreach (var topic in brief.Topics)
        {
            document.AddFilter(_topics[topic.Id]);
        }

        return document;
    }

    private SearchDocument CommitmentDocument(CommitmentNode commitment)
    {
        var maker = _graph.ActorName(commitment.By);
        var status = commitment.CurrentStatus.Slug();
        var document = new SearchDocument(SearchKind.Commitment, commitment.Title, commitment.Key.Url,
            Records.Clean($"{_graph.Config.Text.Text("status." + status)} · {maker} · {Iso(commitment.Current.Date)}"))
        {
            Date = commitment.Current.Date,
            Excerpt = Records.Clean(commitment.Text),
        };
        document.Add(commitment.Title, SearchDocument.Name);
        document.Add(commitment.Text, SearchDocument.Lead);
        document.Add(maker, SearchDocument.Body);
        document.AddFilter(_speakers[commitment.By.Id]);
        document.AddFilter(_statuses[status]);
        foreach (var topic in commitment.Timeline.SelectMany(e => e.Brief.Topics).Distinct())
        {
            document.AddFilter(_topics[topic.Id]);
        }

        return document;
    }

    private static string SpeakerName(ContentGraph graph, string id) => graph.PeopleById.GetValueOrDefault(id)?.Person.Name ?? id;

    /// <summary>What a document is made from: its kind, the node, and for a quote its place in the brief.</summary>
    private readonly record struct Source(SearchKind Kind, object Node, int Index = 0);

    /// <summary>
    /// Each term of one filter (<c>speaker:keir-starmer</c>) made once, however many documents answer to it: made per
    /// document, they were a hundred thousand strings of a 10,000-brief site.
    /// </summary>
    private sealed class FilterTerms(string name)
    {
        private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);

        public Dictionary<string, string> Terms => _terms;

        public string Of(string value)
        {
            ref var term = ref CollectionsMarshal.GetValueRefOrAddDefault(_terms, value, out _);
            return term ??= $"{name}:{value}";
        }
    }

    private static int NewestFirst(CommitmentNode a, CommitmentNode b)
    {
        var byDate = b.Current.Date.CompareTo(a.Current.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Snippet(string text)
    {
        var clean = Records.Clean(text.ReplaceLineEndings(" ").Trim());
        if (clean.Length <= TitleLength)
        {
            return clean;
        }

        // Never between the halves of a surrogate pair, which JSON cannot hold apart.
        var cut = char.IsHighSurrogate(clean[TitleLength - 2]) ? TitleLength - 2 : TitleLength - 1;
        return clean[..cut].TrimEnd() + "…";
    }
}
