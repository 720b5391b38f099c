using System.Globalization;
using System.Text;
using Briefings.Content;
using Briefings.Content.Languages;
using Briefings.Diagnostics;

namespace Briefings.Cli.Authoring;

/// <summary>
/// The files <c>briefings init</c> writes: a config and one small example of each content kind that link to one
/// another, so the new site builds and checks with no warning and shows every page type from the start. No
/// templates: the built-in theme draws the site until the author ejects the ones to change, so every other template
/// keeps getting the fixes of later versions.
/// </summary>
internal static class ExampleSite
{
    /// <param name="language">The site's language: the config names it, and the example's words are in it where the tool has them (<c>example.*</c>).</param>
    public static IEnumerable<(string Path, byte[] Bytes)> Files(DateOnly today, string language = "en")
    {
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = LanguageFiles.Load(Path.GetTempPath(), language, SiteConfig.DefaultMaxFileBytes, new DiagnosticBag());
        string T(string key) => YamlText.Quote(text.Text("example." + key));
        yield return Text("site.config.yml", $$"""
            title: {{T("site_title")}}
            description: {{T("site_description")}}
            base_url: "https://example.org/"    # where the site will be published: used for the feed, sitemap and canonical links
            language: {{language}}
            publisher: { name: {{T("publisher")}}, url: "https://example.org/" }
            markdown: { allow_html: false }
            autolink: { people: true }
            feed: { limit: 20 }

            """);
        yield return Text(".gitignore", "_site/\n.briefings-cache/\n");
        yield return Text("content/organizations/harbour-city-council.md", $$"""
            ---
            name: {{T("council")}}
            kind: government
            aliases: [{{T("council_alias")}}]
            ---
            {{text.Text("example.council_text")}}

            """);
        yield return Text("content/people/jane-doe.md", $$"""
            ---
            name: {{T("mayor")}}
            aliases: [{{T("mayor_alias")}}]
            role: {{T("mayor_role")}}
            organization: harbour-city-council
            links:
              - { title: {{T("mayor_link")}}, url: "https://example.org/council/jane-doe" }
            ---
            {{text.Text("example.mayor_text")}}

            """);
        yield return Text("content/topics/flood-defence.md", $$"""
            ---
            title: {{T("topic")}}
            ---
            {{text.Text("example.topic_text")}}

            """);
        yield return Text("content/commitments/harbour-flood-barrier.md", $$"""
            ---
            title: {{T("commitment")}}
            ---
            {{text.Text("example.commitment_text")}}

            """);
        yield return Text($"content/briefs/{day}-mayor-promises-a-flood-barrier.md", $$"""
            ---
            title: {{T("brief_title")}}
            date: {{day}}
            summary: {{T("brief_summary")}}
            topics: [flood-defence]
            speakers: [jane-doe]
            source: { title: {{T("source")}}, publisher: {{T("council")}}, url: "https://example.org/council/minutes", date: {{day}} }
            quotes:
              - by: jane-doe
                text: {{T("quote")}}
                context: {{T("quote_context")}}
            commitments:
              - id: harbour-flood-barrier
                by: harbour-city-council
                text: {{T("commitment_brief")}}
                status: pledged
                conditions: [{{T("condition")}}]
            ---
            {{text.Text("example.body")}}

            """);
    }

    private static (string, byte[]) Text(string path, string text) => (path, Encoding.UTF8.GetBytes(text));
}
