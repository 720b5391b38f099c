using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>Every HTML file of the built sample site, parsed with AngleSharp.</summary>
public sealed class SiteStructureTests
{
    private static BuiltSite Site => SampleSite.Built;

    [Fact]
    public void Every_page_type_is_written()
    {
        var files = Site.Files();
        string[] expected =
        [
            "index.html", "404.html", "assets/style.css", "briefs/index.html", "people/index.html", "organizations/index.html",
            "commitments/index.html", "topics/index.html", "briefs/starmer-peace-deal-needs-robust-guarantees/index.html",
            "people/keir-starmer/index.html", "organizations/mi6/index.html", "commitments/uk-troops-for-ukraine/index.html",
            "topics/security-guarantees/index.html",
        ];
        Assert.All(expected, path => Assert.Contains(path, files));
        var graph = Site.Result.Graph!;
        Assert.Equal(graph.Briefs.Count, files.Count(f => f.StartsWith("briefs/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f.Count(c => c == '/') == 2));
        Assert.Equal(graph.People.Count, files.Count(f => f.StartsWith("people/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f.Count(c => c == '/') == 2));
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_file_and_none_is_root_absolute()
    {
        var baseUrl = Site.Result.Graph!.Config.BaseUrl;
        var problems = new List<string>();
        foreach (var page in Site.HtmlFiles())
        {
            var document = Site.Parse(page);
            var references = document.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var reference in references)
            {
                if (reference.StartsWith('/'))
                {
                    problems.Add($"{page}: root-absolute link {reference}");
                    continue;
                }

                var target = Resolve(page, reference, baseUrl);
                if (target is not null && !File.Exists(Path.Combine(Site.Output, target)))
                {
                    problems.Add($"{page}: {reference} → {target} does not exist");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_page_has_one_h1_a_title_a_language_and_a_description()
    {
        foreach (var page in Site.HtmlFiles())
        {
            var document = Site.Parse(page);
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{page} has {document.QuerySelectorAll("h1").Length} h1");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), $"{page} has no title");
            Assert.False(string.IsNullOrWhiteSpace(document.DocumentElement.GetAttribute("lang")), $"{page} has no lang");
            var description = document.QuerySelector("meta[name=description]")?.GetAttribute("content");
            Assert.False(string.IsNullOrWhiteSpace(description), $"{page} has no meta description");
        }
    }

    [Fact]
    public void Fragment_links_point_at_ids_on_their_page()
    {
        foreach (var page in Site.HtmlFiles())
        {
            var document = Site.Parse(page);
            foreach (var link in document.QuerySelectorAll("a[href^='#']"))
            {
                var id = Uri.UnescapeDataString(link.GetAttribute("href")![1..]);
                Assert.True(document.GetElementById(id) is not null, $"{page}: #{id} has no target");
            }
        }
    }

    /// <summary>The output file an href names, or null for an external link or a fragment on the same page.</summary>
    private static string? Resolve(string page, string reference, string baseUrl)
    {
        if (reference.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            reference = reference[baseUrl.Length..];
            page = "index.html";
        }
        else if (Uri.TryCreate(reference, UriKind.Absolute, out _) || reference.StartsWith('#'))
        {
            return null;
        }

        var path = reference.Split('#', '?')[0];
        var folder = Path.GetDirectoryName(page)!.Replace('\\', '/');
        var combined = new Uri(new Uri("file:///site/" + (folder.Length > 0 ? folder + "/" : "")), path).AbsolutePath;
        var relative = Uri.UnescapeDataString(combined["/site/".Length..]);
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
