using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Rendering;

public sealed class EditLinkTests
{
    private const string Files = """
        -- site.config.yml --
        title: "Test Briefing"
        base_url: "https://example.org/test/"
        edit_url: "https://github.com/org/repo/edit/main/site/{path}"
        -- content/people/олена-зеленська.md --
        ---
        name: Олена Зеленська
        ---
        -- content/topics/filed.md --
        ---
        title: Filed
        ---
        -- content/briefs/2025-12-15-x.md --
        ---
        title: "A brief"
        date: 2025-12-15
        speakers: [олена-зеленська]
        topics: [filed, unfiled]
        commitments:
          - { id: no-file, by: олена-зеленська, text: "Something", status: proposed }
        ---
        Body.
        """;

    [Fact]
    public void Each_page_with_a_source_file_links_to_where_that_file_is_edited()
    {
        using var site = TestSite.Create(Files);

        var built = BuiltSite.From(site.ConfigPath);

        Assert.Equal("https://github.com/org/repo/edit/main/site/content/briefs/2025-12-15-x.md", EditLink(built, "briefs/x/index.html"));
        Assert.Equal("https://github.com/org/repo/edit/main/site/content/topics/filed.md", EditLink(built, "topics/filed/index.html"));
        // Ids in any script: each segment percent-encoded, as a URL needs.
        Assert.Equal(
            "https://github.com/org/repo/edit/main/site/content/people/" + Uri.EscapeDataString("олена-зеленська") + ".md",
            EditLink(built, "people/олена-зеленська/index.html"));
        // A topic or commitment only a brief names has no file to edit; index pages are made from many.
        Assert.Null(EditLink(built, "topics/unfiled/index.html"));
        Assert.Null(EditLink(built, "commitments/no-file/index.html"));
        Assert.Null(EditLink(built, "index.html"));
        Assert.Null(EditLink(built, "briefs/index.html"));
        Assert.Equal("Edit this page", built.Parse("briefs/x/index.html").QuerySelector("main .edit-link a")!.TextContent);
    }

    [Fact]
    public void Without_edit_url_no_page_has_the_link()
    {
        using var site = TestSite.Create(Files.Replace("edit_url:", "# edit_url:", StringComparison.Ordinal));

        var built = BuiltSite.From(site.ConfigPath);

        Assert.All(built.HtmlFiles(), page => Assert.Null(EditLink(built, page)));
    }

    [Theory]
    [InlineData("https://github.com/org/repo/edit/main/", Codes.InvalidValue, "has no {path}, where the path of each page's source file goes")]
    [InlineData("javascript:alert(1)//{path}", Codes.UnsafeUrl, "must be an absolute http or https URL")]
    [InlineData("edit/{path}", Codes.UnsafeUrl, "must be an absolute http or https URL")]
    public void An_edit_url_that_cannot_make_links_is_an_error_at_its_place(string pattern, string code, string message)
    {
        using var site = TestSite.Create(Files.Replace("https://github.com/org/repo/edit/main/site/{path}", pattern, StringComparison.Ordinal));

        var analysis = site.Analyze();

        Assert.Contains(message, analysis.Single(code, "site.config.yml", 3, 11).Message);
    }

    private static string? EditLink(BuiltSite built, string page) =>
        built.Parse(page).QuerySelector(".edit-link a")?.GetAttribute("href");
}
