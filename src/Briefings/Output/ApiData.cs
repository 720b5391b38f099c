using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Content;
using Briefings.Graph;

namespace Briefings.Output;

/// <summary>
/// The content graph as JSON under api/, for reuse by other tools. Field names are stable and
/// documented in docs/data.md; URLs are relative to the site root, like every internal link.
/// </summary>
public static class ApiData
{
    public const int Version = 1;

    private const int SampleSize = 256;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(ContentGraph graph, IOutputWriter writer)
    {
        Document(writer, "api/briefs.json", "briefs", graph.Briefs, WriteBrief);
        Document(writer, "api/people.json", "people", graph.People, WritePerson);
        Document(writer, "api/organizations.json", "organizations", graph.Organizations, WriteOrganization);
        Document(writer, "api/commitments.json", "commitments", graph.Commitments, WriteCommitment);
    }

    private static void Document<T>(IOutputWriter writer, string path, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new PooledBufferWriter();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartArray(name);
            var count = items.TryGetNonEnumeratedCount(out var known) ? known : 0;
            var done = 0;
            foreach (var item in items)
            {
                json.WriteStartObject();
                write(json, item);
                json.WriteEndObject();
                if (++done == SampleSize && count > SampleSize)
                {
                    // Sized for the rest from the first items, so that a file of many megabytes is not doubled up to
                    // its size through a pooled array of every size on the way (32 MB for briefs.json's 12 MB).
                    json.Flush();
                    buffer.ReserveTotal((long)buffer.WrittenCount * count * 9 / (8L * done));
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        buffer.GetSpan(1)[0] = (byte)'\n';
        buffer.Advance(1);
        buffer.WriteTo(writer, path);
    }

    private static void WriteBrief(Utf8JsonWriter json, BriefNode node)
    {
        var brief = node.Brief;
        json.WriteString("slug", brief.Slug);
        json.WriteString("url", node.Key.Url);
        json.WriteString("title", brief.Title);
        json.WriteString("date", Iso(brief.Date));
        json.WriteString("summary", brief.Summary);
        Strings(json, "topics", node.Topics.Select(t => t.Id));
        Strings(json, "speakers", node.Speakers.Select(p => p.Person.Id));
        Strings(json, "people", node.People.Select(p => p.Person.Id));
        Strings(json, "organizations", node.Organizations.Select(o => o.Organization.Id));
        if (brief.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("title", source.Title);
            json.WriteString("publisher", source.Publisher);
            json.WriteString("url", source.Url);
            json.WriteString("date", source.Date is { } date ? Iso(date) : null);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("source");
        }

        json.WriteStartArray("quotes");
        foreach (var quote in brief.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("by", quote.By.Id);
            json.WriteString("text", quote.Text);
            json.WriteString("context", quote.Context);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("commitments");
        foreach (var entry in node.Commitments)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Commitment.Id);
            json.WriteString("status", entry.Status.Slug());
            json.WriteString("note", entry.Mention.Note);
            Strings(json, "conditions", entry.Mention.Conditions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "related", node.Related.Select(b => b.Brief.Slug));
        json.WriteString("previous", node.Previous?.Brief.Slug);
        json.WriteString("next", node.Next?.Brief.Slug);
    }

    private static void WritePerson(Utf8JsonWriter json, PersonNode node)
    {
        var person = node.Person;
        json.WriteString("id", person.Id);
        json.WriteString("url", node.Key.Url);
        json.WriteString("name", person.Name);
        Strings(json, "aliases", person.Aliases);
        json.WriteString("role", person.Role);
        json.WriteString("organization", node.Organization?.Organization.Id);
        json.WriteStartArray("links");
        foreach (var link in person.Links)
        {
            json.WriteStartObject();
            json.WriteString("title", link.Title);
            json.WriteString("url", link.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("quote_count", node.Quotes.Count);
        Strings(json, "spoken_in", node.SpokenIn.Select(b => b.Brief.Slug));
        Strings(json, "mentioned_in", node.MentionedIn.Select(b => b.Brief.Slug));
        Strings(json, "commitments", node.Commitments.Select(c => c.Id));
        Strings(json, "appears_with", node.AppearsWith.Select(c => c.Person.Person.Id));
    }

    private static void WriteOrganization(Utf8JsonWriter json, OrganizationNode node)
    {
        var organization = node.Organization;
        json.WriteString("id", organization.Id);
        json.WriteString("url", node.Key.Url);
        json.WriteString("name", organization.Name);
        json.WriteString("kind", organization.Kind.ToString().ToLowerInvariant());
        Strings(json, "aliases", organization.Aliases);
        json.WriteString("parent", node.Parent?.Organization.Id);
        Strings(json, "children", node.Children.Select(c => c.Organization.Id));
        Strings(json, "people", node.People.Select(p => p.Person.Id));
        Strings(json, "commitments", node.Commitments.Select(c => c.Id));
        Strings(json, "briefs", node.Briefs.Select(b => b.Brief.Slug));
    }

    private static void WriteCommitment(Utf8JsonWriter json, CommitmentNode node)
    {
        json.WriteString("id", node.Id);
        json.WriteString("url", node.Key.Url);
        json.WriteString("title", node.Title);
        json.WriteString("text", node.Text);
        Actor(json, "by", node.By);
        if (node.To is { } to)
        {
            Actor(json, "to", to);
        }
        else
        {
            json.WriteNull("to");
        }

        json.WriteString("status", node.CurrentStatus.Slug());
        Strings(json, "conditions", node.Conditions);
        json.WriteStartArray("timeline");
        foreach (var entry in node.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", Iso(entry.Date));
            json.WriteString("brief", entry.Brief.Brief.Slug);
            json.WriteString("status", entry.Status.Slug());
            json.WriteString("note", entry.Mention.Note);
            Strings(json, "conditions", entry.Mention.Conditions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Actor(Utf8JsonWriter json, string name, EntityKey key)
    {
        json.WriteStartObject(name);
        json.WriteString("kind", key.Kind == ContentKind.Person ? "person" : "organization");
        json.WriteString("id", key.Id);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
