using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Briefings.Content.Languages;
using Briefings.Graph;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>/search/: the one page that needs JavaScript; it reads search/index.json.</summary>
internal static class SearchPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var text = pages.Graph.Config.Text;
        var script = ScriptText(text);
        yield return new PageJob("search/", "search.html", models =>
        {
            var model = pages.Create("search/", text.Text("search.title"), text.Format("search.description", pages.Graph.Config.Title), "search");
            model["search_text"] = script;
            return model;
        })
        {
            Modified = pages.NewestBrief,
        };
    }

    /// <summary>Keys search.js writes from, without the <c>search.</c> before them.</summary>
    private static readonly string[] ScriptKeys =
    [
        "result_brief", "result_person", "result_organization", "result_topic", "result_quote", "result_commitment",
        "for_query", "with_filters", "for_filters", "no_results", "results", "failed",
    ];

    /// <summary>
    /// What search.js writes, in the page's language, as JSON in a script element: the script itself holds no words.
    /// The counted forms go as they are, and the browser's <c>Intl.PluralRules</c> for the page's language picks one.
    /// </summary>
    private static RawHtml ScriptText(InterfaceText text)
    {
        // Letters of any script stay as they are; only what could end the script element or an attribute is escaped.
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("language", text.Language);
            json.WriteString("group", text.Text("number.group"));
            foreach (var key in ScriptKeys)
            {
                json.WriteString(key, text.Text("search." + key));
            }

            json.WriteStartObject("count");
            foreach (var (category, form) in text.Entry("count.results")!.Forms!.OrderBy(f => f.Key))
            {
                json.WriteString(LanguageFiles.Name(category), form);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new RawHtml(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
