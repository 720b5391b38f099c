using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Rendering;

/// <summary>A template's mistakes are reported where they are: the block left open, the partial and who included it, the member meant.</summary>
public sealed class TemplateDiagnosticsTests
{
    [Fact]
    public void An_if_without_end_is_reported_where_it_opens()
    {
        var diagnostic = Assert.Single(Diagnostics("""
            -- templates/topics.html --
            <h1>Topics</h1>
            <div>{{ if page.topics.size > 0 }}
            <ul>
            {{ for t in page.topics }}<li>{{ t.title }}</li>{{ end }}
            </ul>
            <p>{{ page.title }}</p>
            """));

        Assert.Equal((Codes.TemplateSyntax, "templates/topics.html", 2, 9), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Equal("This if statement is never closed: its <end> statement was not found", diagnostic.Message);
    }

    [Fact]
    public void Blocks_left_open_inside_one_another_are_each_reported_where_they_open()
    {
        var diagnostics = Diagnostics("""
            -- templates/topics.html --
            {{ capture list }}
              {{ for t in page.topics }}
                {{ if t.count > 1 }}{{ t.title }}{{ else }}-{{ end }}
            """);

        Assert.Equal(
            [("templates/topics.html", 1, 4, "This capture statement is never closed: its <end> statement was not found"),
                ("templates/topics.html", 2, 6, "This for statement is never closed: its <end> statement was not found")],
            diagnostics.Select(d => (d.File, d.Line, d.Column, d.Message)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_error_in_a_partial_names_the_template_that_includes_it(bool interpreted)
    {
        var diagnostic = Assert.Single(Diagnostics(
            """
            -- templates/topics.html --
            <h1>Topics</h1>
            <ul>{{ for t in page.topics }}{{ include 'partials/topic-line.html' t }}{{ end }}</ul>
            -- templates/partials/topic-line.html --
            <li>
              {{ item.titel }}</li>
            """,
            interpreted));

        Assert.Equal((Codes.TemplateRuntime, "templates/partials/topic-line.html", 2, 11), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Equal(
            "Cannot get member with name titel; did you mean 'title'? (included from templates/topics.html(2,34)) (while rendering topics/index.html)",
            diagnostic.Message);
    }

    [Fact]
    public void A_partial_included_from_a_partial_names_both_includes_innermost_first()
    {
        var diagnostic = Assert.Single(Diagnostics("""
            -- templates/topics.html --
            <h1>Topics</h1>{{ include 'partials/outer.html' page }}
            -- templates/partials/outer.html --
            <div>
            {{ include 'partials/inner.html' item }}</div>
            -- templates/partials/inner.html --
            {{ item.tilte }}
            """));

        Assert.Equal(("templates/partials/inner.html", 1, 9), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith(
            "Cannot get member with name tilte; did you mean 'title'? (included from templates/partials/outer.html(2,4), from templates/topics.html(1,19))",
            diagnostic.Message);
    }

    [Fact]
    public void A_misspelt_member_gets_a_did_you_mean_from_the_members_of_the_model()
    {
        var diagnostic = Assert.Single(Diagnostics("""
            -- templates/person.html --
            <h1>{{ page.person.name }}</h1>
            <p>{{ page.person.quote_cuont }}</p>
            """));

        Assert.Equal((Codes.TemplateRuntime, "templates/person.html", 2, 19), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("Cannot get member with name quote_cuont; did you mean 'quote_count'?", diagnostic.Message);
    }

    [Fact]
    public void A_member_name_given_to_array_map_that_the_items_lack_gets_a_did_you_mean_too()
    {
        var diagnostic = Assert.Single(Diagnostics("""
            -- templates/people.html --
            <p>{{ page.people | array.map 'nmae' | array.join ', ' }}</p>
            """));

        Assert.Equal((Codes.TemplateRuntime, "templates/people.html", 1, 21), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("Cannot get member with name nmae; did you mean 'name'?", diagnostic.Message);
    }

    /// <summary>What building a small valid site (a person, and a brief on one topic) with <paramref name="templates"/> of its own reports; the build must fail.</summary>
    private static IReadOnlyList<Diagnostic> Diagnostics(string templates, bool interpreted = false)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\ntopics: [peace-talks]") + "\n" + templates);
        var result = SiteBuilder.Build(site.Options() with { InterpretTemplates = interpreted });
        Assert.False(result.Succeeded);
        return result.Diagnostics;
    }
}
