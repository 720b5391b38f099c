using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Diagnostics;

namespace Briefings.Cli.Formats;

/// <summary>
/// <c>check --format json</c>: every diagnostic as an object with the fields a text line holds, so a script needs no
/// parsing of messages. The shape is documented in docs/diagnostics.md; fields are only ever added.
/// </summary>
internal static class JsonDiagnostics
{
    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("tool", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
        json.WriteNumber("warnings", diagnostics.Count(d => !d.IsError));
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("file", diagnostic.File);
            json.WriteNumber("line", diagnostic.Line);
            json.WriteNumber("column", diagnostic.Column);
            json.WriteString("severity", ToolInfo.Level(diagnostic.Severity));
            json.WriteString("code", diagnostic.Code);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
