using System.Globalization;
using System.Text;

namespace Briefings.Cli.Authoring;

/// <summary>
/// The files <c>briefings init</c> writes: a config and one small example of each content kind that link to one
/// another, so the new site builds and checks with no warning and shows every page type from the start. No
/// templates: the built-in theme draws the site until the author ejects the ones to change, so every other template
/// keeps getting the fixes of later versions.
/// </summary>
internal static class ExampleSite
{
    public static IEnumerable<(string Path, byte[] Bytes)> Files(DateOnly today)
    {
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return Text("site.config.yml", Config);
        yield return Text(".gitignore", "_site/\n.briefings-cache/\n");
        yield return Text("content/organizations/harbour-city-council.md", Organization);
        yield return Text("content/people/jane-doe.md", Person);
        yield return Text("content/topics/flood-defence.md", Topic);
        yield return Text("content/commitments/harbour-flood-barrier.md", Commitment);
        yield return Text($"content/briefs/{day}-mayor-promises-a-flood-barrier.md", Brief(day));
    }

    private static (string, byte[]) Text(string path, string text) => (path, Encoding.UTF8.GetBytes(text));

    private const string Config = """
        title: "My Briefing"
        description: "Who said what, and who promised what."
        base_url: "https://example.org/"    # where the site will be published: used for the feed, sitemap and canonical links
        language: en
        publisher: { name: "My newsroom", url: "https://example.org/" }
        markdown: { allow_html: false }
        autolink: { people: true }
        feed: { limit: 20 }

        """;

    private const string Organization = """
        ---
        name: "Harbour City Council"
        kind: government
        aliases: ["the council"]
        ---
        The elected council of Harbour City, responsible for its roads, schools and sea defences.

        """;

    private const string Person = """
        ---
        name: "Jane Doe"
        aliases: ["Mayor Doe"]
        role: "Mayor of Harbour City"
        organization: harbour-city-council
        links:
          - { title: "Council profile", url: "https://example.org/council/jane-doe" }
        ---
        Jane Doe has been mayor of Harbour City since 2023. A made-up person: replace her with your own.

        """;

    private const string Topic = """
        ---
        title: "Flood defence"
        ---
        How the city protects its harbour and low-lying streets from storm surges.

        """;

    private const string Commitment = """
        ---
        title: "A flood barrier for the harbour"
        ---
        The council has debated a barrier across the harbour mouth since the floods of 2021.

        """;

    private static string Brief(string day) => $$"""
        ---
        title: "Mayor promises a flood barrier for the harbour by 2028"
        date: {{day}}
        summary: "Jane Doe told the council that a barrier across the harbour mouth will be built within three years."
        topics: [flood-defence]
        speakers: [jane-doe]
        source: { title: "Council meeting minutes", publisher: "Harbour City Council", url: "https://example.org/council/minutes", date: {{day}} }
        quotes:
          - by: jane-doe
            text: "We will not ask the harbour streets to flood a fourth time. The barrier will be built, and it will be built by 2028."
            context: "Full council meeting"
        commitments:
          - id: harbour-flood-barrier
            by: harbour-city-council
            text: "Build a flood barrier across the harbour mouth by 2028"
            status: pledged
            conditions: ["National flood-defence funding"]
        ---
        Jane Doe told a full meeting of the [[harbour-city-council|city council]] that a barrier across the harbour
        mouth would be [[harbour-flood-barrier|built by 2028]], if national funding for
        [[flood-defence|flood defence]] comes through.

        This is an example brief: each brief records who spoke, what they said and what they promised, and
        Briefings links it to the pages of the people, organizations, topics and commitments it names.

        """;
}
