using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Provenance;

/// <summary>Issue 29, part 1: where each quote comes from, and how its words stand to what was said.</summary>
public sealed class SourcingTests
{
    private static string Brief(string quotes, string source = "") => Sites.WithBrief($"""
        title: "A brief"
        date: 2025-12-15
        {source}
        quotes:
        {quotes}
        """);

    private const string Translated = """
          - by: keir-starmer
            text: "We will not give up."
            kind: translation
            language: uk
            original: "Ми не здамося."
        """;

    [Fact]
    public void A_quote_reads_its_source_kind_and_original()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
                kind: paraphrase
                source: { url: "https://example.org/a", title: "Liaison committee", date: 2025-12-15, archive_url: "https://web.archive.org/web/2025/https://example.org/a" }
            """ + "\n" + Translated));
        var quotes = site.AnalyzeClean().Graph!.BriefsBySlug["x"].Brief.Quotes;

        Assert.Equal(QuoteKind.Paraphrase, quotes[0].Kind);
        Assert.Equal(("https://example.org/a", "Liaison committee", new DateOnly(2025, 12, 15)), (quotes[0].Source!.Url, quotes[0].Source!.Title, quotes[0].Source!.Date!.Value));
        Assert.Equal("https://web.archive.org/web/2025/https://example.org/a", quotes[0].Source!.ArchiveUrl);
        Assert.Equal((QuoteKind.Translation, "uk", "Ми не здамося."), (quotes[1].Kind, quotes[1].Language, quotes[1].Original));
    }

    [Fact]
    public void A_translation_without_its_original_or_language_is_an_error_at_its_kind()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "We will not give up."
                kind: translation
            """));

        var error = site.Analyze().Single(Codes.TranslationWithoutOriginal, "content/briefs/2025-12-15-x.md", 8, 5);
        Assert.Contains("'original:' and 'language:'", error.Message);
    }

    [Fact]
    public void An_original_on_a_quote_that_is_not_a_translation_is_an_error()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "We will not give up."
                original: "Ми не здамося."
            """));

        var error = site.Analyze().Single(Codes.TranslationWithoutOriginal, "content/briefs/2025-12-15-x.md", 8, 15);
        Assert.Contains("kind: translation", error.Message);
    }

    [Fact]
    public void An_unknown_kind_is_an_error_with_a_suggestion()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
                kind: paraphase
            """));

        var error = site.Analyze().Single(Codes.InvalidValue, "content/briefs/2025-12-15-x.md", 8, 11);
        Assert.Contains("did you mean 'paraphrase'?", error.Message);
    }

    [Fact]
    public void Source_and_archive_urls_of_quotes_and_briefs_are_checked()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
                source: { url: "https://example.org/a", archive_url: "javascript:alert(1)" }
            """, """source: { title: "Hansard", archive_url: "ftp://example.org/x" }"""));

        var unsafeUrls = site.Analyze().Diagnostics.Where(d => d.Code == Codes.UnsafeUrl).Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal([(4, 42), (8, 58)], unsafeUrls);
    }

    [Fact]
    public void Required_sources_make_a_quote_with_none_an_error_and_accept_the_briefs()
    {
        const string config = "-- site.config.yml --\n" + TestSite.DefaultConfig + "require_quote_sources: true\n";
        using var site = TestSite.Create(config + Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
            """));
        site.Analyze().Single(Codes.QuoteWithoutSource, "content/briefs/2025-12-15-x.md", 6, 5);

        using var cited = TestSite.Create(config + Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
            """, """source: { title: "Hansard", url: "https://example.org/h" }"""));
        cited.AnalyzeClean();

        using var own = TestSite.Create(config + Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
                source: { url: "https://example.org/a" }
            """));
        own.AnalyzeClean();
    }

    [Fact]
    public void Without_the_option_a_quote_needs_no_source()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
            """));

        Assert.DoesNotContain(site.Analyze().Diagnostics, d => d.Code == Codes.QuoteWithoutSource);
    }

    [Fact]
    public void The_person_page_shows_each_quotes_provenance_and_a_translations_original_in_its_language()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
                source: { url: "https://example.org/a", title: "Liaison committee", archive_url: "https://web.archive.org/web/2025/https://example.org/a" }
              - by: keir-starmer
                text: "Second."
            """ + "\n" + Translated, """source: { title: "Hansard", url: "https://example.org/h" }"""));
        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("people/keir-starmer/index.html");

        var provenance = page.QuerySelectorAll(".profile-quotes .provenance").Select(p => p.TextContent).ToList();
        Assert.Equal(3, provenance.Count);
        Assert.Contains(provenance, p => p.StartsWith("Verbatim · Source: Liaison committee (archived copy)", StringComparison.Ordinal));
        Assert.Contains(provenance, p => p == "Verbatim · Source (the brief's): Hansard");
        Assert.Contains(provenance, p => p == "Translation · Source (the brief's): Hansard");
        var original = page.QuerySelector(".quote-original q")!;
        Assert.Equal(("uk", "Ми не здамося."), (original.GetAttribute("lang"), original.TextContent));
        // The translation is in the site's language: only its original is marked as Ukrainian.
        Assert.Null(original.Closest("figure")!.QuerySelector("blockquote")!.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(".provenance a[href='https://web.archive.org/web/2025/https://example.org/a']"));
    }

    [Fact]
    public void The_brief_page_shows_provenance_only_where_a_quote_adds_to_the_briefs_source()
    {
        using var site = TestSite.Create(Brief("""
              - by: keir-starmer
                text: "Peace agreements fail."
            """ + "\n" + Translated, """source: { title: "Hansard", archive_url: "https://web.archive.org/web/2025/https://example.org/h" }"""));
        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("briefs/x/index.html");

        Assert.Equal(["Translation · no source given"], page.QuerySelectorAll(".brief-quotes .provenance").Select(p => p.TextContent));
        Assert.NotNull(page.QuerySelector(".aside-source a[href='https://web.archive.org/web/2025/https://example.org/h']"));
    }
}
