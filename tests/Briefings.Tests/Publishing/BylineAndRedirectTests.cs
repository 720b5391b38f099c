using System.Text.Json;
using System.Xml.Linq;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Publishing;

/// <summary>Issue 25, part 3: bylines, and redirect pages at the old URLs of renamed briefs, people, organizations and topics.</summary>
public sealed class BylineAndRedirectTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Bylines = Sites.Person + """

        -- content/people/anna-kovalenko.md --
        ---
        name: Anna Kovalenko
        ---
        A reporter who is also quoted elsewhere.
        -- content/briefs/2026-01-10-two.md --
        ---
        title: Two authors
        date: 2026-01-10
        byline: [anna-kovalenko, "Tom O'Neill"]
        ---
        Body.
        -- content/briefs/2026-01-11-one.md --
        ---
        title: One author
        date: 2026-01-11
        byline: Desk staff
        ---
        Body.
        """;

    [Fact]
    public void A_byline_of_a_person_id_and_a_free_name_shows_under_the_title_in_the_feed_and_in_json_ld()
    {
        using var site = TestSite.Create(Bylines);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Empty(built.Result.Diagnostics.WithoutLints());

        var page = built.Parse("briefs/two/index.html");
        var byline = page.QuerySelector("h1 + .byline");
        Assert.Equal("By Anna Kovalenko and Tom O'Neill", byline?.TextContent);
        Assert.Equal("../../people/anna-kovalenko/index.html", byline?.QuerySelector("a[rel=author]")?.GetAttribute("href"));
        Assert.Equal("By Desk staff", built.Parse("briefs/one/index.html").QuerySelector(".byline")?.TextContent);

        var entry = XDocument.Parse(built.Read("feed.xml")).Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")?.Value == "Two authors");
        Assert.Equal(["Anna Kovalenko", "Tom O'Neill"], entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")?.Value));
        Assert.Equal("https://example.org/test/people/anna-kovalenko/", entry.Element(Atom + "author")?.Element(Atom + "uri")?.Value);

        using var ld = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var authors = ld.RootElement.GetProperty("author").EnumerateArray().ToList();
        Assert.Equal(["Anna Kovalenko", "Tom O'Neill"], authors.Select(a => a.GetProperty("name").GetString()));
        Assert.Equal("https://example.org/test/people/anna-kovalenko/", authors[0].GetProperty("url").GetString());

        using var api = JsonDocument.Parse(built.Read("api/briefs.json"));
        var two = api.RootElement.GetProperty("briefs").EnumerateArray().Single(b => b.GetProperty("slug").GetString() == "two");
        Assert.Equal(["anna-kovalenko", null], two.GetProperty("byline").EnumerateArray().Select(a => a.GetProperty("person").GetString()));
    }

    [Fact]
    public void A_byline_written_like_an_id_that_names_no_person_is_a_warning_with_the_nearest_id()
    {
        using var site = TestSite.Create(Bylines.Replace("byline: [anna-kovalenko,", "byline: [anna-kovalenk,"));

        var warning = site.Analyze().Single(Codes.BylineNotAPerson, "content/briefs/2026-01-10-two.md", 4, 10);

        Assert.Equal("byline 'anna-kovalenk' names no person; did you mean 'anna-kovalenko'? If not, write a name as it should be shown (\"Anna Kovalenk\"), or a person id", warning.Message);
    }

    private const string Renamed = Sites.Person + """

        -- content/briefs/2026-01-10-berlin-talks.md --
        ---
        title: Berlin talks
        date: 2026-01-10
        redirect_from: [berlin-meeting, talks-in-berlin]
        ---
        Body.
        -- content/topics/guarantees.md --
        ---
        title: Guarantees
        redirect_from: security
        ---
        -- content/organizations/kyiv.md --
        ---
        name: Kyiv city
        redirect_from: [kiev]
        ---
        """;

    [Fact]
    public void Each_old_slug_or_id_gets_a_page_with_a_meta_refresh_a_canonical_link_and_a_visible_link()
    {
        using var site = TestSite.Create(Renamed.Replace("title: Berlin talks\n", "title: Berlin talks\nspeakers: [keir-starmer]\n").Replace("people/keir-starmer.md --\n---\n", "people/keir-starmer.md --\n---\nredirect_from: [prime-minister]\n"));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Empty(built.Result.Diagnostics.WithoutLints());

        foreach (var (from, to, title) in new[]
        {
            ("briefs/berlin-meeting/", "briefs/berlin-talks/", "Berlin talks"),
            ("briefs/talks-in-berlin/", "briefs/berlin-talks/", "Berlin talks"),
            ("topics/security/", "topics/guarantees/", "Guarantees"),
            ("organizations/kiev/", "organizations/kyiv/", "Kyiv city"),
            ("people/prime-minister/", "people/keir-starmer/", "Keir Starmer"),
        })
        {
            var page = built.Parse(from + "index.html");
            Assert.Equal($"0; url=../../{to}index.html", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal("https://example.org/test/" + to, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            var link = page.QuerySelector("main a");
            Assert.Equal(($"../../{to}index.html", title), (link?.GetAttribute("href"), link?.TextContent));
            Assert.DoesNotContain(from, built.Read("sitemap.xml"));
        }
    }

    [Fact]
    public void An_old_slug_that_is_live_again_or_listed_twice_is_an_error_and_nothing_is_written()
    {
        using var site = TestSite.Create(Renamed + """

            -- content/briefs/2026-01-11-berlin-meeting.md --
            ---
            title: Another Berlin meeting
            date: 2026-01-11
            redirect_from: [talks-in-berlin]
            ---
            Body.
            """);

        var analysis = site.Analyze();

        var twice = analysis.Diagnostics.Where(d => d.Code == Codes.RedirectCollision).ToList();
        Assert.Equal(2, twice.Count);
        Assert.Equal(("content/briefs/2026-01-10-berlin-talks.md", 4, 17), (twice[0].File, twice[0].Line, twice[0].Column));
        Assert.Equal("redirect_from 'berlin-meeting' would replace the page of the brief content/briefs/2026-01-11-berlin-meeting.md at briefs/berlin-meeting/; remove it from redirect_from, or rename one of them", twice[0].Message);
        Assert.Equal(("content/briefs/2026-01-11-berlin-meeting.md", 4, 17), (twice[1].File, twice[1].Line, twice[1].Column));
        Assert.Equal("redirect_from 'talks-in-berlin' is already redirected by content/briefs/2026-01-10-berlin-talks.md; an old brief URL can lead to one page only", twice[1].Message);

        var build = SiteBuilder.Build(site.Options() with { OutputPath = site.OutputPath });
        Assert.False(build.Succeeded);
        Assert.False(Directory.Exists(site.OutputPath));
    }

    [Fact]
    public void An_old_id_that_is_not_one_safe_path_segment_is_refused_at_its_place()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\nredirect_from: [\"../../etc\", \"https://old.example/x\"]"));

        var errors = site.Analyze().Diagnostics.Where(d => d.Code == Codes.UnsafeSlug).ToList();

        Assert.Equal(2, errors.Count);
        Assert.Equal(("content/briefs/2025-12-15-x.md", 5, 17), (errors[0].File, errors[0].Line, errors[0].Column));
        Assert.Equal("redirect_from '../../etc' is not a safe single path segment of lower-case letters, digits and hyphens; did you mean 'etc'?", errors[0].Message);
        Assert.Contains("redirect_from 'https://old.example/x'", errors[1].Message);
    }
}
