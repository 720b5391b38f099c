using System.Globalization;
using Briefings.Content;

namespace Briefings.Cli.Authoring;

/// <summary>
/// The text of a new brief, person, organization, topic or commitment: every field an author usually fills in, valid as
/// written, and no placeholder id that would name a missing entity. A new brief is a draft, and its body's
/// first line is the placeholder that <c>check</c> warns about until the author replaces it.
/// </summary>
internal static class NewContent
{
    public static string Brief(string title, DateOnly date) => $$"""
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
        {{Placeholders.Lead}}

        ## Background

        What led up to it, and what happens next.

        """;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Person(string name) => $$"""
        ---
        name: {{YamlText.Quote(name)}}
        aliases: []
        role: ""
        # organization: organization-id
        links: []
        ---
        Who they are, in a sentence or two.

        """;

    public static string Organization(string name) => $$"""
        ---
        name: {{YamlText.Quote(name)}}
        kind: other    # country | government | agency | alliance | party | institution | other
        aliases: []    # other names, for search
        match: []      # phrases that name it in a brief's text, besides its name
        # parent: organization-id
        ---
        What the organization is and does, in a sentence or two.

        """;

    public static string Topic(string title) => $$"""
        ---
        title: {{YamlText.Quote(title)}}
        ---
        What the topic covers, in a sentence or two.

        """;

    public static string Commitment(string title) => $$"""
        ---
        title: {{YamlText.Quote(title)}}
        ---
        The background: what led to the commitment, and what would count as keeping it.

        """;
}
