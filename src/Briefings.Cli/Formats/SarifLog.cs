using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Diagnostics;

namespace Briefings.Cli.Formats;

/// <summary>
/// <c>check --format sarif</c>: the diagnostics as a SARIF 2.1.0 log, which code-scanning services (GitHub's among
/// them) read and show on the lines they point at. Paths stay relative to the site, under the base id SITEROOT,
/// which the log maps to the site's folder; columns count UTF-16 code units, as the parsers that find them do.
/// </summary>
internal static class SarifLog
{
    public const string SiteRoot = "SITEROOT";

    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics, string siteRoot)
    {
        var rules = diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteStartArray("rules");
        foreach (var code in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", code);
            if (Codes.Names.TryGetValue(code, out var name))
            {
                json.WriteString("name", name);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", Sentence(name));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SiteRoot);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(siteRoot)) + Path.DirectorySeparatorChar).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Code);
            json.WriteNumber("ruleIndex", rules.BinarySearch(diagnostic.Code, StringComparer.Ordinal));
            json.WriteString("level", ToolInfo.Level(diagnostic.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", diagnostic.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            WriteUri(json, diagnostic.File);
            json.WriteEndObject();
            if (diagnostic.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", diagnostic.Line);
                json.WriteNumber("startColumn", Math.Max(1, diagnostic.Column));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A site-relative path as a relative URI reference under SITEROOT; a path outside the site (an output folder) as a file URI.</summary>
    private static void WriteUri(Utf8JsonWriter json, string file)
    {
        if (Path.IsPathRooted(file))
        {
            json.WriteString("uri", new Uri(file).AbsoluteUri);
            return;
        }

        json.WriteString("uri", string.Join('/', file.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString)));
        json.WriteString("uriBaseId", SiteRoot);
    }

    /// <summary>"UnknownReference" → "Unknown reference".</summary>
    internal static string Sentence(string name)
    {
        var text = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append('.').ToString();
    }
}
