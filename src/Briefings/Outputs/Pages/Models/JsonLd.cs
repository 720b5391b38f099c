using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// schema.org JSON-LD for briefs (NewsArticle with Quotation parts), people, organizations and the site.
/// Serialized with an encoder that escapes &lt;, &gt; and &amp;, so no content can close the script element.
/// Written straight to a reused buffer rather than through a JSON DOM: every brief page has one. One instance
/// serves one render of a graph, and keeps the JSON of each person and organization it has referred to.
/// </summary>
public sealed class JsonLd(ContentGraph graph)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    /// <summary>
    /// Each person's and organization's reference, as the bytes it is written as, made once: a brief names four or five
    /// of them and quotes some more, so encoding each anew was most of what a brief's JSON-LD cost. By node position, as
    /// the page models keep summaries: a table keyed by node read each node's header for its hash code.
    /// </summary>
    private readonly byte[]?[] _people = new byte[graph.People.Count][];

    private readonly byte[]?[] _organizations = new byte[graph.Organizations.Count][];

    private byte[]? _publisher;

    public RawUtf8Html Brief(BriefNode node) => Write(json =>
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
        if (brief.LastUpdated is { } modified)
        {
            json.WriteString("dateModified", Dates.Iso(modified));
        }

        json.WriteString("inLanguage", graph.Config.Language);
        json.WritePropertyName("publisher");
        Publisher(json);
        if (node.Byline.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in node.Byline)
            {
                if (author.Person is { } person)
                {
                    PersonRef(json, person);
                }
                else
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "Person");
                    json.WriteString("name", author.Name);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        }

        if (brief.Summary is { } summary)
        {
            json.WriteString("description", summary);
        }

        Image(json, node.Image);

        json.WriteStartArray("about");
        foreach (var speaker in node.Speakers)
        {
            PersonRef(json, speaker);
        }

        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var person in node.People)
        {
            if (!node.Speakers.Contains(person))
            {
                PersonRef(json, person);
            }
        }

        foreach (var organization in node.Organizations)
        {
            OrganizationRef(json, organization);
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

        Corrections(json, brief, url);
        json.WriteStartArray("hasPart");
        foreach (var quote in brief.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Quotation");
            json.WriteString("text", quote.Text);
            if (graph.PeopleById.GetValueOrDefault(quote.By.Id) is { } by)
            {
                json.WritePropertyName("creator");
                PersonRef(json, by);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>schema.org's <c>correction</c>: each correction and retraction as a CorrectionComment, anchored on the page.</summary>
    private static void Corrections(Utf8JsonWriter json, Brief brief, string url)
    {
        if (!brief.Updates.Any(u => u.Kind.IsCorrective()))
        {
            return;
        }

        json.WriteStartArray("correction");
        for (var i = 0; i < brief.Updates.Count; i++)
        {
            var update = brief.Updates[i];
            if (update.Kind.IsCorrective())
            {
                json.WriteStartObject();
                json.WriteString("@type", "CorrectionComment");
                json.WriteString("url", url + "#" + UpdateKinds.Anchor(brief.Updates, i));
                json.WriteString("datePublished", Dates.Iso(update.Date));
                json.WriteString("text", update.Kind == UpdateKind.Retraction ? "Retraction: " + update.Text : update.Text);
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
    }

    public RawUtf8Html Person(PersonNode node) => Write(json =>
    {
        json.WriteStartObject();
        PersonFields(json, graph, node);
        json.WriteString("@context", "https://schema.org");
        Strings(json, "alternateName", node.Person.Aliases);
        Set(json, "jobTitle", node.Person.Role);
        Image(json, node.Image);
        if (node.Organization is { } organization)
        {
            json.WritePropertyName("affiliation");
            OrganizationRef(json, organization);
        }

        Strings(json, "sameAs", node.Person.Links.Select(l => l.Url).ToList());
        json.WriteEndObject();
    });

    public RawUtf8Html Organization(OrganizationNode node) => Write(json =>
    {
        json.WriteStartObject();
        OrganizationFields(json, graph, node);
        json.WriteString("@context", "https://schema.org");
        Strings(json, "alternateName", node.Organization.Aliases);
        if (node.Image is { } logo)
        {
            json.WriteString("logo", Absolute(graph, ImageFile(logo).OutputPath));
        }

        if (node.Parent is { } parent)
        {
            json.WritePropertyName("parentOrganization");
            OrganizationRef(json, parent);
        }

        if (node.Children.Count > 0)
        {
            json.WriteStartArray("subOrganization");
            foreach (var child in node.Children)
            {
                OrganizationRef(json, child);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    public RawUtf8Html Site() => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", graph.Config.Title);
        json.WriteString("url", graph.Config.BaseUrl);
        json.WriteString("inLanguage", graph.Config.Language);
        json.WritePropertyName("publisher");
        Publisher(json);
        Set(json, "description", graph.Config.Description);
        json.WriteEndObject();
    });

    private void PersonRef(Utf8JsonWriter json, PersonNode node) => Ref(json, _people, node.Position, node, PersonFields);

    private static void PersonFields(Utf8JsonWriter json, ContentGraph graph, PersonNode node)
    {
        json.WriteString("@type", "Person");
        json.WriteString("name", node.Person.Name);
        json.WriteString("url", Absolute(graph, node.Url));
    }

    private void OrganizationRef(Utf8JsonWriter json, OrganizationNode node) => Ref(json, _organizations, node.Position, node, OrganizationFields);

    /// <summary>An entity's reference: an object of its <paramref name="fields"/>, encoded the first time only.</summary>
    private void Ref<TNode>(Utf8JsonWriter json, byte[]?[] known, int position, TNode node, Action<Utf8JsonWriter, ContentGraph, TNode> fields)
    {
        // Two pages may encode the same reference at once; either's bytes will do.
        var encoded = known[position] ??= EncodeRef(node, fields);
        json.WriteRawValue(encoded, skipInputValidation: true);
    }

    private byte[] EncodeRef<TNode>(TNode node, Action<Utf8JsonWriter, ContentGraph, TNode> fields) => Encode(inner =>
    {
        inner.WriteStartObject();
        fields(inner, graph, node);
        inner.WriteEndObject();
    });

    private static void OrganizationFields(Utf8JsonWriter json, ContentGraph graph, OrganizationNode node)
    {
        json.WriteString("@type", node.Organization.Kind == OrganizationKind.Government ? "GovernmentOrganization" : "Organization");
        json.WriteString("name", node.Organization.Name);
        json.WriteString("url", Absolute(graph, node.Url));
    }

    private void Publisher(Utf8JsonWriter json) =>
        json.WriteRawValue(_publisher ??= Encode(inner =>
        {
            inner.WriteStartObject();
            inner.WriteString("@type", "Organization");
            inner.WriteString("name", graph.Config.Publisher?.Name ?? graph.Config.Title);
            Set(inner, "url", graph.Config.Publisher?.Url ?? graph.Config.BaseUrl);
            inner.WriteEndObject();
        }), skipInputValidation: true);

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

    /// <summary>An ImageObject of the widest file in the original's encoding, with its size and text.</summary>
    private void Image(Utf8JsonWriter json, Briefings.Images.PlacedImage? image)
    {
        if (image is null)
        {
            return;
        }

        var file = ImageFile(image);
        json.WriteStartObject("image");
        json.WriteString("@type", "ImageObject");
        json.WriteString("url", Absolute(graph, file.OutputPath));
        if (file.Width > 0)
        {
            json.WriteNumber("width", file.Width);
            json.WriteNumber("height", file.Height);
        }

        json.WriteString("description", image.Alt);
        Set(json, "caption", image.Caption);
        Set(json, "creditText", image.Credit);
        json.WriteEndObject();
    }

    private static Briefings.Images.ImageVariant ImageFile(Briefings.Images.PlacedImage image) =>
        image.Source.IsVector ? image.Source.Variants[0] : image.Source.Largest;

    private static void Set(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>
    /// A value's JSON on its own, with the options of the documents it is copied into. Buffers and writers are kept per
    /// thread and reset for each document: a brief's JSON-LD grown from 256 bytes in a buffer and writer of its own was a
    /// fifth of what its page's model allocated. A document may encode a reference inside it, so each writer in use is
    /// off the stack until it is done; with one writer per thread, each reference encoded inside a document made a
    /// writer of its own (~7 MB of 10,000 briefs).
    /// </summary>
    [ThreadStatic]
    private static Stack<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)>? t_writers;

    private static byte[] Encode(Action<Utf8JsonWriter> write)
    {
        var writers = t_writers ??= new Stack<(ArrayBufferWriter<byte>, Utf8JsonWriter)>();
        var (buffer, json) = writers.TryPop(out var idle) ? idle : NewWriter();
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        write(json);
        json.Flush();
        var encoded = buffer.WrittenSpan.ToArray();
        writers.Push((buffer, json));
        return encoded;
    }

    private static (ArrayBufferWriter<byte>, Utf8JsonWriter) NewWriter()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer, Options));
    }

    /// <summary>The JSON as the UTF-8 it was written in, which the page decodes into its own text: no string of it is made.</summary>
    private static RawUtf8Html Write(Action<Utf8JsonWriter> write) => new(Encode(write));
}
