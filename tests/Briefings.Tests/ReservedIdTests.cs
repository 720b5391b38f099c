using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// An id the site uses as a path segment beside the entities of its kind (<c>people/page/2/</c>,
/// <c>commitments/status/pledged/</c>, <c>briefs/2025/12/</c>) is BRF035, wherever it is written, with a fix.
/// </summary>
public sealed class ReservedIdTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    [Fact]
    public void A_person_file_named_page_is_an_error_with_a_new_name()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/page.md --\n---\nname: Jimmy Page\n---\n");

        var diagnostic = site.Analyze().Single(Codes.ReservedId, "content/people/page.md", 1, 1);

        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("person id 'page' is reserved: the site keeps people/page/ for the later pages of paged lists; " +
            "rename the file, e.g. to 'page-person.md', and the ids that name it", diagnostic.Message);
    }

    [Fact]
    public void A_commitment_id_status_in_a_brief_is_an_error_at_the_id()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\ncommitments:\n  - id: status\n    by: keir-starmer\n    text: t\n    status: pledged"));

        var diagnostic = site.Analyze().Single(Codes.ReservedId, Brief, 6, 9);

        Assert.Equal("commitment id 'status' is reserved: the site keeps commitments/status/ for the tracker's lists of the commitments in each status; " +
            "use another id, e.g. 'status-commitment'", diagnostic.Message);
    }

    [Fact]
    public void A_topic_id_page_in_a_brief_is_an_error_at_the_id()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\ntopics: [housing, page]"));

        var diagnostic = site.Analyze().Single(Codes.ReservedId, Brief, 5, 19);

        Assert.Contains("topic id 'page' is reserved", diagnostic.Message);
    }

    [Theory]
    [InlineData("slug: \"2025\"", 5, 7, "set 'slug:' to another, e.g. '2025-brief'")]
    [InlineData("slug: page", 5, 7, "set 'slug:' to another, e.g. 'page-brief'")]
    public void A_brief_slug_the_archive_uses_is_an_error_at_the_slug(string slug, int line, int column, string fix)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\n" + slug));

        var diagnostic = site.Analyze().Single(Codes.ReservedId, Brief, line, column);

        Assert.EndsWith(fix, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brief_whose_file_name_makes_a_year_slug_is_an_error_at_the_file()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/briefs/2025-12-15-2024.md --\n---\ntitle: The year\ndate: 2025-12-15\n---\n");

        var diagnostic = site.Analyze().Single(Codes.ReservedId, "content/briefs/2025-12-15-2024.md", 1, 1);

        Assert.Equal("brief slug '2024' is reserved: the site keeps briefs/2024/ for the archive's months of 2024; set 'slug:' to another, e.g. '2024-brief'", diagnostic.Message);
    }

    [Theory]
    [InlineData("pages")]
    [InlineData("paged")]
    [InlineData("status-report")]
    [InlineData("20255")]
    public void Ids_that_only_look_like_a_reserved_one_are_free(string id)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + $"\ntopics: [{id}]\ncommitments:\n  - id: {id}\n    by: keir-starmer\n    text: t\n    status: pledged\nslug: {id}"));

        Assert.DoesNotContain(site.Analyze().Diagnostics, d => d.Code == Codes.ReservedId);
    }
}
