using System.Globalization;
using Briefings.Content;
using Briefings.Content.Languages;

namespace Briefings.Cli.Authoring;

/// <summary>
/// The text of a new brief, person, organization, topic or commitment: every field an author usually fills in, valid as
/// written, and no placeholder id that would name a missing entity. A new brief is a draft, and its body's
/// first line is the placeholder that <c>check</c> warns about until the author replaces it. The words are in the
/// site's language (<c>authoring.*</c> of its language file); the comments that explain the fields stay English.
/// </summary>
internal static class NewContent
{
    public static string Brief(InterfaceText text, string title, DateOnly date) => $$"""
        ---
        title: {{YamlText.Quote(title)}}
        date: {{Day(date)}}
        draft: true            # left out of the site until you set it to false (or build with --drafts)
        summary: ""
        topics: []
        speakers: []
        # source: { title: "…", publisher: "…", url: "https://…", date: {{Day(date)}} }
        # quotes:
        #   - { by: person-id, text: "…", context: "…" }
        # commitments:
        #   - { id: commitment-id, by: actor-id, text: "…", status: proposed }
        ---
        {{text.Text("authoring.lead")}}

        ## {{text.Text("authoring.background")}}

        {{text.Text("authoring.background_text")}}

        """;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Person(InterfaceText text, string name) => $$"""
        ---
        name: {{YamlText.Quote(name)}}
        aliases: []
        role: ""
        # organization: organization-id
        links: []
        ---
        {{text.Text("authoring.person")}}

        """;

    public static string Organization(InterfaceText text, string name) => $$"""
        ---
        name: {{YamlText.Quote(name)}}
        kind: other    # country | government | agency | alliance | party | institution | other
        aliases: []    # other names, for search
        match: []      # phrases that name it in a brief's text, besides its name
        # parent: organization-id
        ---
        {{text.Text("authoring.organization")}}

        """;

    public static string Topic(InterfaceText text, string title) => $$"""
        ---
        title: {{YamlText.Quote(title)}}
        ---
        {{text.Text("authoring.topic")}}

        """;

    public static string Commitment(InterfaceText text, string title) => $$"""
        ---
        title: {{YamlText.Quote(title)}}
        ---
        {{text.Text("authoring.commitment")}}

        """;
}
