namespace Briefings.Tests.Support;

/// <summary>Small valid sites that tests add one fault to.</summary>
public static class Sites
{
    public const string Person = """
        -- content/people/keir-starmer.md --
        ---
        name: Keir Starmer
        aliases: [Starmer]
        organization: uk-government
        ---
        Prime minister.
        -- content/organizations/uk-government.md --
        ---
        name: UK Government
        kind: government
        ---
        """;

    /// <summary>The United Kingdom and Ukraine, the maker and recipient of the commitments tests record.</summary>
    public const string Countries = """
        -- content/organizations/united-kingdom.md --
        ---
        name: United Kingdom
        kind: country
        ---
        -- content/organizations/ukraine.md --
        ---
        name: Ukraine
        kind: country
        ---

        """;

    /// <summary>A brief whose front-matter is given; the file is content/briefs/2025-12-15-x.md.</summary>
    public static string WithBrief(string frontMatter, string body = "Body.") => Person + "\n" + BriefFile(frontMatter, body);

    /// <summary>Only the brief file of <see cref="WithBrief"/>, to add to a site of the test's own.</summary>
    public static string BriefFile(string frontMatter, string body = "Body.") =>
        "-- content/briefs/2025-12-15-x.md --\n---\n" + frontMatter.Trim('\n') + "\n---\n" + body + "\n";

    public const string ValidBrief = """
        title: "A brief"
        date: 2025-12-15
        speakers: [keir-starmer]
        """;
}
