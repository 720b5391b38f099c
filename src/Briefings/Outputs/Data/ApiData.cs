using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Data;

/// <summary>
/// The content graph as JSON under api/, for reuse by other tools. Field names are stable and
/// documented in docs/data.md; URLs are relative to the site root, like every internal link.
/// </summary>
public static class ApiData
{
    public const int Version = 1;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="kinds">The kinds whose file is written, where an edit that keeps the graph's shape changed only entities of those; null for all.</param>
    public static void Write(ContentGraph graph, IOutputWriter writer, IReadOnlySet<ContentKind>? kinds = null)
    {
        bool Of(ContentKind kind) => kinds is null || kinds.Contains(kind);
        var ids = new Ids(graph);
        if (Of(ContentKind.Brief))
        {
            Document(writer, "api/briefs.json", Names.Briefs, graph.Briefs, (json, node) => WriteBrief(json, node, ids));
        }

        // People and organizations carry scorecards, which a commitment's new status changes.
        if (Of(ContentKind.Person) || Of(ContentKind.Commitment))
        {
            Document(writer, "api/people.json", Names.People, graph.People, (json, node) => WritePerson(json, node, ids));
        }

        if (Of(ContentKind.Organization) || Of(ContentKind.Commitment))
        {
            Document(writer, "api/organizations.json", Names.Organizations, graph.Organizations, (json, node) => WriteOrganization(json, node, ids));
        }

        if (Of(ContentKind.Commitment))
        {
            Document(writer, "api/commitments.json", Names.Commitments, graph.Commitments, WriteCommitment);
        }
    }

    /// <summary>
    /// Every brief's slug and every entity's id as the JSON they are written as, encoded once: the lists of who spoke
    /// where and what relates to what name the same few thousand ids half a million times, each checked for characters
    /// to escape and transcoded anew when written as a string. Indexed by the node's position in its list.
    /// </summary>
    private sealed class Ids(ContentGraph graph)
    {
        public JsonEncodedText[] Briefs { get; } = Encode(graph.Briefs, node => node.Brief.Slug);

        public JsonEncodedText[] People { get; } = Encode(graph.People, node => node.Person.Id);

        public JsonEncodedText[] Organizations { get; } = Encode(graph.Organizations, node => node.Organization.Id);

        public JsonEncodedText[] Topics { get; } = Encode(graph.Topics, node => node.Id);

        public JsonEncodedText[] Commitments { get; } = Encode(graph.Commitments, node => node.Id);

        private static JsonEncodedText[] Encode<TNode>(IReadOnlyList<TNode> nodes, Func<TNode, string> id) =>
            [.. nodes.Select(node => JsonEncodedText.Encode(id(node), Options.Encoder))];
    }

    /// <summary>The field names, encoded once rather than checked and transcoded at every one of the files' million fields.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Aliases = Encode("aliases");
        public static readonly JsonEncodedText AppearsWith = Encode("appears_with");
        public static readonly JsonEncodedText Brief = Encode("brief");
        public static readonly JsonEncodedText Briefs = Encode("briefs");
        public static readonly JsonEncodedText By = Encode("by");
        public static readonly JsonEncodedText Byline = Encode("byline");
        public static readonly JsonEncodedText Person = Encode("person");
        public static readonly JsonEncodedText Children = Encode("children");
        public static readonly JsonEncodedText Commitments = Encode("commitments");
        public static readonly JsonEncodedText Conditions = Encode("conditions");
        public static readonly JsonEncodedText Context = Encode("context");
        public static readonly JsonEncodedText Date = Encode("date");
        public static readonly JsonEncodedText Language = Encode("language");
        public static readonly JsonEncodedText Original = Encode("original");
        public static readonly JsonEncodedText ArchiveUrl = Encode("archive_url");
        public static readonly JsonEncodedText Id = Encode("id");
        public static readonly JsonEncodedText Kind = Encode("kind");
        public static readonly JsonEncodedText LinkedFrom = Encode("linked_from");
        public static readonly JsonEncodedText Links = Encode("links");
        public static readonly JsonEncodedText MentionedIn = Encode("mentioned_in");
        public static readonly JsonEncodedText Name = Encode("name");
        public static readonly JsonEncodedText Next = Encode("next");
        public static readonly JsonEncodedText Note = Encode("note");
        public static readonly JsonEncodedText Organization = Encode("organization");
        public static readonly JsonEncodedText Organizations = Encode("organizations");
        public static readonly JsonEncodedText Parent = Encode("parent");
        public static readonly JsonEncodedText People = Encode("people");
        public static readonly JsonEncodedText Previous = Encode("previous");
        public static readonly JsonEncodedText Publisher = Encode("publisher");
        public static readonly JsonEncodedText QuoteCount = Encode("quote_count");
        public static readonly JsonEncodedText Quotes = Encode("quotes");
        public static readonly JsonEncodedText Related = Encode("related");
        public static readonly JsonEncodedText Role = Encode("role");
        public static readonly JsonEncodedText Slug = Encode("slug");
        public static readonly JsonEncodedText Source = Encode("source");
        public static readonly JsonEncodedText Speakers = Encode("speakers");
        public static readonly JsonEncodedText SpokenIn = Encode("spoken_in");
        public static readonly JsonEncodedText Status = Encode("status");
        public static readonly JsonEncodedText StatusSince = Encode("status_since");
        public static readonly JsonEncodedText Summary = Encode("summary");
        public static readonly JsonEncodedText Text = Encode("text");
        public static readonly JsonEncodedText Timeline = Encode("timeline");
        public static readonly JsonEncodedText Title = Encode("title");
        public static readonly JsonEncodedText To = Encode("to");
        public static readonly JsonEncodedText Topics = Encode("topics");
        public static readonly JsonEncodedText Updated = Encode("updated");
        public static readonly JsonEncodedText Updates = Encode("updates");
        public static readonly JsonEncodedText Url = Encode("url");
        public static readonly JsonEncodedText Version = Encode("version");

        private static JsonEncodedText Encode(string name) => JsonEncodedText.Encode(name, Options.Encoder);
    }

    private static void Document<T>(IOutputWriter writer, string path, JsonEncodedText name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        // Written as it is made: the JSON writer hands its bytes over each time it needs room for more.
        using var file = writer.Open(path);
        using (var json = new Utf8JsonWriter(file, Options))
        {
            json.WriteStartObject();
            json.WriteNumber(Names.Version, Version);
            json.WriteStartArray(name);
            foreach (var item in items)
            {
                json.WriteStartObject();
                write(json, item);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        file.GetSpan(1)[0] = (byte)'\n';
        file.Advance(1);
        file.Complete();
    }

    private static void WriteBrief(Utf8JsonWriter json, BriefNode node, Ids ids)
    {
        var brief = node.Brief;
        json.WriteString(Names.Slug, brief.Slug);
        json.WriteString(Names.Url, node.Url);
        json.WriteString(Names.Title, brief.Title);
        Date(json, Names.Date, brief.Date);
        json.WriteString(Names.Summary, brief.Summary);
        Strings(json, Names.Topics, node.Topics, ids.Topics, t => t.Position);
        Strings(json, Names.Speakers, node.Speakers, ids.People, p => p.Position);
        Strings(json, Names.People, node.People, ids.People, p => p.Position);
        Strings(json, Names.Organizations, node.Organizations, ids.Organizations, o => o.Position);
        Source(json, brief.Source);
        json.WriteStartArray(Names.Quotes);
        foreach (var quote in brief.Quotes)
        {
            json.WriteStartObject();
            json.WriteString(Names.By, quote.By.Id);
            json.WriteString(Names.Text, quote.Text);
            json.WriteString(Names.Context, quote.Context);
            json.WriteString(Names.Kind, quote.Kind.Slug());
            json.WriteString(Names.Language, quote.Language);
            json.WriteString(Names.Original, quote.Original);
            Source(json, quote.Source);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.Commitments);
        foreach (var entry in node.Commitments)
        {
            json.WriteStartObject();
            json.WriteString(Names.Id, entry.Commitment.Id);
            json.WriteString(Names.Status, entry.Status.Slug());
            json.WriteString(Names.Note, entry.Mention.Note);
            Strings(json, Names.Conditions, entry.Mention.Conditions);
            FigureJson.Quantities(json, "amount", entry.Mention.Amount);
            FigureJson.Quantities(json, "delivered", entry.Mention.Delivered);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, Names.Related, node.Related, ids.Briefs, b => b.Position);
        Strings(json, Names.LinkedFrom, node.LinkedFrom, ids.Briefs, b => b.Position);
        json.WriteString(Names.Previous, node.Previous?.Brief.Slug);
        json.WriteString(Names.Next, node.Next?.Brief.Slug);
        if (brief.LastUpdated is { } updated)
        {
            Date(json, Names.Updated, updated);
        }
        else
        {
            json.WriteNull(Names.Updated);
        }

        json.WriteStartArray(Names.Byline);
        foreach (var author in node.Byline)
        {
            json.WriteStartObject();
            json.WriteString(Names.Name, author.Name);
            json.WriteString(Names.Person, author.Person?.Person.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray(Names.Updates);
        foreach (var update in brief.Updates)
        {
            json.WriteStartObject();
            Date(json, Names.Date, update.Date);
            json.WriteString(Names.Kind, update.Kind.Slug());
            json.WriteString(Names.Text, update.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePerson(Utf8JsonWriter json, PersonNode node, Ids ids)
    {
        var person = node.Person;
        json.WriteString(Names.Id, person.Id);
        json.WriteString(Names.Url, node.Url);
        json.WriteString(Names.Name, person.Name);
        Strings(json, Names.Aliases, person.Aliases);
        json.WriteString(Names.Role, person.Role);
        json.WriteString(Names.Organization, node.Organization?.Organization.Id);
        json.WriteStartArray(Names.Links);
        foreach (var link in person.Links)
        {
            json.WriteStartObject();
            json.WriteString(Names.Title, link.Title);
            json.WriteString(Names.Url, link.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber(Names.QuoteCount, node.Quotes.Count);
        Strings(json, Names.SpokenIn, node.SpokenIn, ids.Briefs, b => b.Position);
        Strings(json, Names.MentionedIn, node.MentionedIn, ids.Briefs, b => b.Position);
        Strings(json, Names.Commitments, node.Commitments, ids.Commitments, c => c.Position);
        Strings(json, Names.AppearsWith, node.AppearsWith, ids.People, c => c.Person.Position);
        FigureJson.Scorecard(json, "scorecard", node.Scorecard);
    }

    private static void WriteOrganization(Utf8JsonWriter json, OrganizationNode node, Ids ids)
    {
        var organization = node.Organization;
        json.WriteString(Names.Id, organization.Id);
        json.WriteString(Names.Url, node.Url);
        json.WriteString(Names.Name, organization.Name);
        json.WriteString(Names.Kind, organization.Kind.ToString().ToLowerInvariant());
        Strings(json, Names.Aliases, organization.Aliases);
        json.WriteString(Names.Parent, node.Parent?.Organization.Id);
        Strings(json, Names.Children, node.Children, ids.Organizations, c => c.Position);
        Strings(json, Names.People, node.People, ids.People, p => p.Position);
        Strings(json, Names.Commitments, node.Commitments, ids.Commitments, c => c.Position);
        Strings(json, Names.Briefs, node.Briefs, ids.Briefs, b => b.Position);
        FigureJson.Scorecard(json, "scorecard", node.Scorecard);
        FigureJson.Scorecard(json, "members_scorecard", node.MembersScorecard);
    }

    private static void WriteCommitment(Utf8JsonWriter json, CommitmentNode node)
    {
        json.WriteString(Names.Id, node.Id);
        json.WriteString(Names.Url, node.Key.Url);
        json.WriteString(Names.Title, node.Title);
        json.WriteString(Names.Text, node.Text);
        Actor(json, Names.By, node.By);
        if (node.To is { } to)
        {
            Actor(json, Names.To, to);
        }
        else
        {
            json.WriteNull(Names.To);
        }

        json.WriteString(Names.Status, node.CurrentStatus.Slug());
        Date(json, Names.StatusSince, node.StatusSince.Date);
        Strings(json, Names.Conditions, node.Conditions);
        json.WriteStartArray(Names.Timeline);
        foreach (var entry in node.Timeline)
        {
            json.WriteStartObject();
            Date(json, Names.Date, entry.Date);
            json.WriteString(Names.Brief, entry.Brief.Brief.Slug);
            json.WriteString(Names.Status, entry.Status.Slug());
            json.WriteString(Names.Note, entry.Mention.Note);
            Strings(json, Names.Conditions, entry.Mention.Conditions);
            FigureJson.Quantities(json, "amount", entry.Mention.Amount);
            FigureJson.Quantities(json, "delivered", entry.Mention.Delivered);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, Names.LinkedFrom, node.LinkedFrom.Select(b => b.Brief.Slug));
        FigureJson.Commitment(json, node);
    }

    private static void Actor(Utf8JsonWriter json, JsonEncodedText name, EntityKey key)
    {
        json.WriteStartObject(name);
        json.WriteString(Names.Kind, key.Kind == ContentKind.Person ? "person" : "organization");
        json.WriteString(Names.Id, key.Id);
        json.WriteEndObject();
    }

    /// <summary>A brief's or a quote's source, or null.</summary>
    private static void Source(Utf8JsonWriter json, Source? source)
    {
        if (source is null)
        {
            json.WriteNull(Names.Source);
            return;
        }

        json.WriteStartObject(Names.Source);
        json.WriteString(Names.Title, source.Title);
        json.WriteString(Names.Publisher, source.Publisher);
        json.WriteString(Names.Url, source.Url);
        if (source.Date is { } date)
        {
            Date(json, Names.Date, date);
        }
        else
        {
            json.WriteNull(Names.Date);
        }

        json.WriteString(Names.ArchiveUrl, source.ArchiveUrl);
        json.WriteEndObject();
    }

    private static void Strings<TNode>(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<TNode> nodes, JsonEncodedText[] encoded, Func<TNode, int> position)
    {
        json.WriteStartArray(name);
        foreach (var node in nodes)
        {
            json.WriteStringValue(encoded[position(node)]);
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, JsonEncodedText name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>An ISO date, formatted on the stack: there is one per brief and per timeline entry.</summary>
    private static void Date(Utf8JsonWriter json, JsonEncodedText name, DateOnly date)
    {
        Span<char> text = stackalloc char[10];
        date.TryFormat(text, out var length, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        json.WriteString(name, text[..length]);
    }
}
