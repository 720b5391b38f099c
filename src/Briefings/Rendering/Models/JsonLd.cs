using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Rendering.Templates;

namespace Briefings.Rendering.Models;

/// <summary>
/// schema.org JSON-LD for briefs (NewsArticle with Quotation parts), people, organizations and the site.
/// Serialized with an encoder that escapes &lt;, &gt; and &amp;, so no content can close the script element.
/// </summary>
public static class JsonLd
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static RawHtml Brief(ContentGraph graph, BriefNode node)
    {
        var brief = node.Brief;
        var url = Absolute(graph, node.Key);
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = brief.Title,
            ["url"] = url,
            ["mainEntityOfPage"] = url,
            ["datePublished"] = Dates.Iso(brief.Date),
            ["inLanguage"] = graph.Config.Language,
            ["publisher"] = Publisher(graph),
        };
        if (brief.Summary is { } summary)
        {
            article["description"] = summary;
        }

        article["about"] = Array(node.Speakers.Select(p => PersonRef(graph, p)));
        article["mentions"] = Array(node.People.Where(p => !node.Speakers.Contains(p)).Select(p => PersonRef(graph, p))
            .Concat(node.Organizations.Select(o => OrganizationRef(graph, o))));
        article["keywords"] = Array(node.Topics.Select(t => (JsonNode)JsonValue.Create(t.Title)));
        if (brief.Source is { } source)
        {
            var basedOn = new JsonObject { ["@type"] = "CreativeWork" };
            Set(basedOn, "name", source.Title);
            Set(basedOn, "url", source.Url);
            if (source.Publisher is { } publisher)
            {
                basedOn["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
            }

            if (source.Date is { } date)
            {
                basedOn["datePublished"] = Dates.Iso(date);
            }

            article["isBasedOn"] = basedOn;
        }

        article["hasPart"] = Array(brief.Quotes.Select(q => Quotation(graph, q, graph.PeopleById.GetValueOrDefault(q.By.Id))));
        return Serialize(article);
    }

    public static RawHtml Person(ContentGraph graph, PersonNode node)
    {
        var person = PersonRef(graph, node);
        person["@context"] = "https://schema.org";
        if (node.Person.Aliases.Count > 0)
        {
            person["alternateName"] = Array(node.Person.Aliases.Select(a => (JsonNode)JsonValue.Create(a)));
        }

        Set(person, "jobTitle", node.Person.Role);
        if (node.Organization is { } organization)
        {
            person["affiliation"] = OrganizationRef(graph, organization);
        }

        if (node.Person.Links.Count > 0)
        {
            person["sameAs"] = Array(node.Person.Links.Select(l => (JsonNode)JsonValue.Create(l.Url)));
        }

        return Serialize(person);
    }

    public static RawHtml Organization(ContentGraph graph, OrganizationNode node)
    {
        var organization = OrganizationRef(graph, node);
        organization["@context"] = "https://schema.org";
        if (node.Organization.Aliases.Count > 0)
        {
            organization["alternateName"] = Array(node.Organization.Aliases.Select(a => (JsonNode)JsonValue.Create(a)));
        }

        if (node.Parent is { } parent)
        {
            organization["parentOrganization"] = OrganizationRef(graph, parent);
        }

        if (node.Children.Count > 0)
        {
            organization["subOrganization"] = Array(node.Children.Select(c => OrganizationRef(graph, c)));
        }

        return Serialize(organization);
    }

    public static RawHtml Site(ContentGraph graph)
    {
        var site = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebSite",
            ["name"] = graph.Config.Title,
            ["url"] = graph.Config.BaseUrl,
            ["inLanguage"] = graph.Config.Language,
            ["publisher"] = Publisher(graph),
        };
        Set(site, "description", graph.Config.Description);
        return Serialize(site);
    }

    private static JsonObject Quotation(ContentGraph graph, Quote quote, PersonNode? by)
    {
        var quotation = new JsonObject { ["@type"] = "Quotation", ["text"] = quote.Text };
        if (by is not null)
        {
            quotation["creator"] = PersonRef(graph, by);
        }

        return quotation;
    }

    private static JsonObject PersonRef(ContentGraph graph, PersonNode node) => new()
    {
        ["@type"] = "Person",
        ["name"] = node.Person.Name,
        ["url"] = Absolute(graph, node.Key),
    };

    private static JsonObject OrganizationRef(ContentGraph graph, OrganizationNode node) => new()
    {
        ["@type"] = node.Organization.Kind == OrganizationKind.Government ? "GovernmentOrganization" : "Organization",
        ["name"] = node.Organization.Name,
        ["url"] = Absolute(graph, node.Key),
    };

    private static JsonObject Publisher(ContentGraph graph)
    {
        var publisher = new JsonObject { ["@type"] = "Organization", ["name"] = graph.Config.Publisher?.Name ?? graph.Config.Title };
        Set(publisher, "url", graph.Config.Publisher?.Url ?? graph.Config.BaseUrl);
        return publisher;
    }

    private static string Absolute(ContentGraph graph, EntityKey key) => graph.Config.BaseUrl + key.Url;

    private static void Set(JsonObject target, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            target[name] = value;
        }
    }

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);

    private static RawHtml Serialize(JsonObject value) => new(value.ToJsonString(Options));
}
