using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Rendering.Templates;

namespace Briefings.Rendering.Models;

/// <summary>
/// schema.org JSON-LD for briefs (NewsArticle with Quotation parts), people, organizations and the site.
/// Serialized with an encoder that escapes &lt;, &gt; and &amp;, so no content can close the script element.
/// Written straight to a reused buffer rather than through a JSON DOM: every brief page has one.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static RawHtml Brief(ContentGraph graph, BriefNode node) => Write(json =>
    {
        var brief = node.Brief;
        var url = Absolute(graph, node.Url);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "NewsArticle");
        json.WriteString("headline", brief.Title);
        json.WriteString("url", url);
        json.WriteString("mainEntityOfPage", url);
        json.WriteString("datePublished", Dates.Iso(brief.Date));
        json.WriteString("inLanguage", graph.Config.Language);
        json.WritePropertyName("publisher");
        Publisher(json, graph);
        if (brief.Summary is { } summary)
        {
            json.WriteString("description", summary);
        }

        json.WriteStartArray("about");
        foreach (var speaker in node.Speakers)
        {
            PersonRef(json, graph, speaker);
        }

        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var person in node.People)
        {
            if (!node.Speakers.Contains(person))
            {
                PersonRef(json, graph, person);
            }
        }

        foreach (var organization in node.Organizations)
        {
            OrganizationRef(json, graph, organization);
        }

        json.WriteEndArray();
        json.WriteStartArray("keywords");
        foreach (var topic in node.Topics)
        {
            json.WriteStringValue(topic.Title);
        }

        json.WriteEndArray();
        if (brief.Source is { } source)
        {
            json.WriteStartObject("isBasedOn");
            json.WriteString("@type", "CreativeWork");
            Set(json, "name", source.Title);
            Set(json, "url", source.Url);
            if (source.Publisher is { } publisher)
            {
                json.WriteStartObject("publisher");
                json.WriteString("@type", "Organization");
                json.WriteString("name", publisher);
                json.WriteEndObject();
            }

            if (source.Date is { } date)
            {
                json.WriteString("datePublished", Dates.Iso(date));
            }

            json.WriteEndObject();
        }

        json.WriteStartArray("hasPart");
        foreach (var quote in brief.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Quotation");
            json.WriteString("text", quote.Text);
            if (graph.PeopleById.GetValueOrDefault(quote.By.Id) is { } by)
            {
                json.WritePropertyName("creator");
                PersonRef(json, graph, by);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public static RawHtml Person(ContentGraph graph, PersonNode node) => Write(json =>
    {
        json.WriteStartObject();
        PersonFields(json, graph, node);
        json.WriteString("@context", "https://schema.org");
        Strings(json, "alternateName", node.Person.Aliases);
        Set(json, "jobTitle", node.Person.Role);
        if (node.Organization is { } organization)
        {
            json.WritePropertyName("affiliation");
            OrganizationRef(json, graph, organization);
        }

        Strings(json, "sameAs", node.Person.Links.Select(l => l.Url).ToList());
        json.WriteEndObject();
    });

    public static RawHtml Organization(ContentGraph graph, OrganizationNode node) => Write(json =>
    {
        json.WriteStartObject();
        OrganizationFields(json, graph, node);
        json.WriteString("@context", "https://schema.org");
        Strings(json, "alternateName", node.Organization.Aliases);
        if (node.Parent is { } parent)
        {
            json.WritePropertyName("parentOrganization");
            OrganizationRef(json, graph, parent);
        }

        if (node.Children.Count > 0)
        {
            json.WriteStartArray("subOrganization");
            foreach (var child in node.Children)
            {
                OrganizationRef(json, graph, child);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    public static RawHtml Site(ContentGraph graph) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", graph.Config.Title);
        json.WriteString("url", graph.Config.BaseUrl);
        json.WriteString("inLanguage", graph.Config.Language);
        json.WritePropertyName("publisher");
        Publisher(json, graph);
        Set(json, "description", graph.Config.Description);
        json.WriteEndObject();
    });

    private static void PersonRef(Utf8JsonWriter json, ContentGraph graph, PersonNode node)
    {
        json.WriteStartObject();
        PersonFields(json, graph, node);
        json.WriteEndObject();
    }

    private static void PersonFields(Utf8JsonWriter json, ContentGraph graph, PersonNode node)
    {
        json.WriteString("@type", "Person");
        json.WriteString("name", node.Person.Name);
        json.WriteString("url", Absolute(graph, node.Url));
    }

    private static void OrganizationRef(Utf8JsonWriter json, ContentGraph graph, OrganizationNode node)
    {
        json.WriteStartObject();
        OrganizationFields(json, graph, node);
        json.WriteEndObject();
    }

    private static void OrganizationFields(Utf8JsonWriter json, ContentGraph graph, OrganizationNode node)
    {
        json.WriteString("@type", node.Organization.Kind == OrganizationKind.Government ? "GovernmentOrganization" : "Organization");
        json.WriteString("name", node.Organization.Name);
        json.WriteString("url", Absolute(graph, node.Url));
    }

    private static void Publisher(Utf8JsonWriter json, ContentGraph graph)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", graph.Config.Publisher?.Name ?? graph.Config.Title);
        Set(json, "url", graph.Config.Publisher?.Url ?? graph.Config.BaseUrl);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Absolute(ContentGraph graph, string url) => graph.Config.BaseUrl + url;

    private static void Set(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? _writer;

    private static RawHtml Write(Action<Utf8JsonWriter> write)
    {
        if (_writer is not { } cached)
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            _writer = cached = (buffer, new Utf8JsonWriter(buffer, Options));
        }

        cached.Buffer.ResetWrittenCount();
        cached.Writer.Reset(cached.Buffer);
        write(cached.Writer);
        cached.Writer.Flush();
        return new RawHtml(Encoding.UTF8.GetString(cached.Buffer.WrittenSpan));
    }
}
