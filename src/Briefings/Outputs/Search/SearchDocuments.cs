using System.Globalization;
using System.Runtime.InteropServices;
using Briefings.Content;
using Briefings.Graph;

namespace Briefings.Outputs.Search;

/// <summary>
/// The documents of the search index in the order it numbers them (<see cref="SearchKind"/>), with the names the
/// page shows for the values of the speaker and topic filters.
/// </summary>
internal sealed class SearchDocuments
{
    public const string Speaker = "speaker";
    public const string Topic = "topic";
    public const string Status = "status";

    private const int TitleLength = 160;

    private SearchDocuments(List<SearchDocument> documents, Dictionary<string, string> labels)
    {
        All = documents;
        Labels = labels;
    }

    public IReadOnlyList<SearchDocument> All { get; }

    /// <summary>By filter term (<c>speaker:keir-starmer</c>), the name the page shows for it.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    public static SearchDocuments From(ContentGraph graph)
    {
        var documents = new List<SearchDocument>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var topics = new FilterTerms(Topic);
        var speakers = new FilterTerms(Speaker);
        var statuses = new FilterTerms(Status);
        foreach (var topic in graph.Topics)
        {
            var document = new SearchDocument(SearchKind.Topic, topic.Title, topic.Key.Url, graph.Config.Text.Count("count.briefs", topic.Briefs.Count));
            document.Add(topic.Title, SearchDocument.Name);
            document.AddBody(topic.Description, SearchDocument.Body);
            documents.Add(document);
            labels[topics.Of(topic.Id)] = topic.Title;
        }

        foreach (var person in graph.People)
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
            documents.Add(document);
        }

        foreach (var organization in graph.Organizations)
        {
            var document = new SearchDocument(SearchKind.Organization, organization.Organization.Name, organization.Url, organization.Organization.Kind.ToString().ToLowerInvariant());
            document.Add(organization.Organization.Name, SearchDocument.Name);
            foreach (var alias in organization.Organization.Aliases)
            {
                document.Add(alias, SearchDocument.Name);
            }

            document.AddBody(organization.Description, weight: null);
            documents.Add(document);
        }

        foreach (var brief in graph.Briefs)
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
                document.AddFilter(topics.Of(topic.Id));
            }

            foreach (var speaker in brief.Speakers)
            {
                document.Add(speaker.Person.Name, SearchDocument.Lead);
                var filter = speakers.Of(speaker.Person.Id);
                document.AddFilter(filter);
                labels[filter] = speaker.Person.Name;
            }

            document.AddBody(brief.Body, SearchDocument.Body);
            foreach (var embed in brief.Body.Embeds)
            {
                foreach (var text in graph.Text(embed))
                {
                    document.Add(text, SearchDocument.Body);
                }
            }

            documents.Add(document);
        }

        foreach (var brief in graph.Briefs)
        {
            for (var i = 0; i < brief.Brief.Quotes.Count; i++)
            {
                var quote = brief.Brief.Quotes[i];
                var speaker = graph.PeopleById.GetValueOrDefault(quote.By.Id)?.Person.Name ?? quote.By.Id;
                var document = new SearchDocument(SearchKind.Quote, Snippet(quote.Text), $"{brief.Url}#{BriefNode.QuoteAnchor(i)}",
                    Records.Clean($"{speaker} · {brief.Brief.Title} · {Iso(brief.Brief.Date)}"))
                {
                    Date = brief.Brief.Date,
                };
                document.Add(quote.Text, SearchDocument.Lead);
                document.Add(speaker, SearchDocument.Body);
                var filter = speakers.Of(quote.By.Id);
                document.AddFilter(filter);
                labels[filter] = speaker;
                foreach (var topic in brief.Topics)
                {
                    document.AddFilter(topics.Of(topic.Id));
                }

                documents.Add(document);
            }
        }

        // Newest first, as briefs are, so that a date range is a range of numbers here too.
        foreach (var commitment in graph.Commitments.Sorted(NewestFirst))
        {
            var maker = graph.ActorName(commitment.By);
            var document = new SearchDocument(SearchKind.Commitment, commitment.Title, commitment.Key.Url,
                Records.Clean($"{graph.Config.Text.Text("status." + commitment.CurrentStatus.Slug())} · {maker} · {Iso(commitment.Current.Date)}"))
            {
                Date = commitment.Current.Date,
                Excerpt = Records.Clean(commitment.Text),
            };
            document.Add(commitment.Title, SearchDocument.Name);
            document.Add(commitment.Text, SearchDocument.Lead);
            document.Add(maker, SearchDocument.Body);
            var by = speakers.Of(commitment.By.Id);
            document.AddFilter(by);
            labels[by] = maker;
            var status = statuses.Of(commitment.CurrentStatus.Slug());
            document.AddFilter(status);
            labels[status] = graph.Config.Text.Text("status." + commitment.CurrentStatus.Slug());
            foreach (var topic in commitment.Timeline.SelectMany(e => e.Brief.Topics).Distinct())
            {
                document.AddFilter(topics.Of(topic.Id));
            }

            documents.Add(document);
        }

        return new SearchDocuments(documents, labels);
    }

    /// <summary>
    /// Each term of one filter (<c>speaker:keir-starmer</c>) made once, however many documents answer to it: made per
    /// document, they were a hundred thousand strings of a 10,000-brief site.
    /// </summary>
    private sealed class FilterTerms(string name)
    {
        private readonly Dictionary<string, string> _terms = new(StringComparer.Ordinal);

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
