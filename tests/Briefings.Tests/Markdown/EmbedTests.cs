using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Markdown;

/// <summary>Issue 24: quote, commitment and person cards placed in a body with <c>{{&lt; kind id &gt;}}</c>.</summary>
public sealed class EmbedTests
{
    private const string People = Sites.Countries + """
        -- content/people/keir-starmer.md --
        ---
        name: Keir Starmer
        role: Prime Minister
        organization: united-kingdom
        ---
        -- content/briefs/2025-12-01-offer.md --
        ---
        title: The offer
        date: 2025-12-01
        quotes:
          - by: keir-starmer
            text: "Unused quote"
          - id: starmer-robust-guarantees
            by: keir-starmer
            text: "Peace agreements fail without robust guarantees"
            context: Commons
        commitments:
          - id: uk-troops
            by: united-kingdom
            to: ukraine
            text: "Commit troops"
            status: offered
        ---
        Offered.
        -- content/briefs/2025-12-10-pledge.md --
        ---
        title: The pledge
        date: 2025-12-10
        commitments:
          - id: uk-troops
            by: united-kingdom
            status: pledged
        ---
        Pledged.

        """;

    private static string Embedding(string body) => People + $"-- content/briefs/2025-12-20-embeds.md --\n---\ntitle: Embeds\ndate: 2025-12-20\n---\n{body}\n";

    [Fact]
    public void Cards_show_the_quote_the_current_status_and_the_person_and_count_as_links()
    {
        using var site = TestSite.Create(Embedding("""
            Before.

            {{< quote starmer-robust-guarantees >}}

            Between.
            {{< commitment uk-troops >}}
            {{<   person   keir-starmer   >}}

            After.
            """));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var page = built.Parse("briefs/embeds/index.html");
        var quote = page.QuerySelector(".prose figure.embed-quote")!;
        Assert.Equal("Peace agreements fail without robust guarantees", quote.QuerySelector("blockquote")!.TextContent);
        Assert.Equal("../../briefs/offer/index.html#quote-2", quote.QuerySelector("cite a")!.GetAttribute("href"));
        Assert.Equal("../../people/keir-starmer/index.html", quote.QuerySelector("figcaption a")!.GetAttribute("href"));
        var commitment = page.QuerySelector(".prose .embed-commitment")!;
        Assert.Equal("Pledged", commitment.QuerySelector(".badge.status-pledged")!.TextContent);
        Assert.Equal("2025-12-10", commitment.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("United Kingdom to Ukraine", commitment.TextContent);
        Assert.Equal("Prime Minister · United Kingdom", page.QuerySelector(".prose .embed-person .embed-meta")!.TextContent);
        // In the order written, between the paragraphs around them.
        Assert.Equal(["P", "FIGURE", "P", "ASIDE", "ASIDE", "P"], page.QuerySelector(".prose")!.Children.Select(c => c.TagName));

        var graph = built.Result.Graph!;
        Assert.Contains(graph.BriefsBySlug["offer"].LinkedFrom, b => b.Brief.Slug == "embeds");
        Assert.Contains(graph.PeopleById["keir-starmer"].MentionedIn, b => b.Brief.Slug == "embeds");
        var index = string.Concat(Directory.GetFiles(Path.Combine(site.OutputPath, "search"), "*", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.Contains("robust", index);
    }

    [Fact]
    public void A_body_without_embeds_is_untouched()
    {
        using var site = TestSite.Create(Embedding("Just text with {{ braces }}."));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Equal("<p>Just text with {{ braces }}.</p>", built.Parse("briefs/embeds/index.html").QuerySelector(".prose")!.InnerHtml.Trim());
    }

    [Theory]
    [InlineData("{{< quote starmer-robust-guarantee >}}", Codes.UnknownEmbed, 1, "unknown quote id 'starmer-robust-guarantee' in {{< quote starmer-robust-guarantee >}}; did you mean 'starmer-robust-guarantees'?")]
    [InlineData("{{< commitment uk-trops >}}", Codes.UnknownEmbed, 1, "unknown commitment 'uk-trops' in {{< commitment uk-trops >}}; did you mean 'uk-troops'?")]
    [InlineData("{{< person keir-starmr >}}", Codes.UnknownEmbed, 1, "did you mean 'keir-starmer'?")]
    [InlineData("{{< qoute starmer-robust-guarantees >}}", Codes.InvalidEmbed, 1, "unknown embed 'qoute' in {{< qoute starmer-robust-guarantees >}}; did you mean 'quote'?")]
    [InlineData("{{< commitment >}}", Codes.InvalidEmbed, 1, "must name exactly one commitment")]
    [InlineData("See {{< person keir-starmer >}} here.", Codes.InvalidEmbed, 5, "must stand on a line of its own")]
    [InlineData("{{< quote offer#quote-1 >}}", Codes.QuoteWithoutId, 1, "add 'id: keir-starmer-unused-quote' to the quote in content/briefs/2025-12-01-offer.md (line 5)")]
    [InlineData("{{< quote offer#quote-2 >}}", Codes.QuoteWithoutId, 1, "that quote's id is 'starmer-robust-guarantees'")]
    [InlineData("{{< quote offer >}}", Codes.QuoteWithoutId, 1, "names brief 'offer', not a quote id")]
    public void A_wrong_embed_is_an_error_at_its_line_and_column(string line, string code, int column, string message)
    {
        using var site = TestSite.Create(Embedding("Intro.\n\n" + line));
        var diagnostic = site.Analyze().Single(code, "content/briefs/2025-12-20-embeds.md", 7, column);
        Assert.True(diagnostic.Message.Contains(message, StringComparison.Ordinal), diagnostic.Message);
        Assert.Equal(Severity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_quote_id_is_unique_within_the_site_and_a_slug()
    {
        using var site = TestSite.Create(People + """
            -- content/briefs/2025-12-21-again.md --
            ---
            title: Again
            date: 2025-12-21
            quotes:
              - by: keir-starmer
                text: Again
                id: starmer-robust-guarantees
              - by: keir-starmer
                text: Bad
                id: Bad Id
            ---
            """);
        var analysis = site.Analyze();
        Assert.Contains("duplicate quote id 'starmer-robust-guarantees': content/briefs/2025-12-01-offer.md (quote) already uses it",
            analysis.Single(Codes.DuplicateId, "content/briefs/2025-12-21-again.md", 7, 9).Message);
        Assert.Contains("did you mean 'bad-id'?", analysis.Single(Codes.InvalidId, "content/briefs/2025-12-21-again.md", 10, 9).Message);
    }

    [Fact]
    public void Quote_ids_name_the_quote_wherever_it_moves()
    {
        using var site = TestSite.Create(Embedding("{{< quote starmer-robust-guarantees >}}"));
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal(new QuoteLocation("offer", 1), graph.Index.QuotesById["starmer-robust-guarantees"]);
    }
}
