using Briefings.Incremental;
using Briefings.Tests.Support;

namespace Briefings.Tests.Rendering;

/// <summary>
/// A site whose own templates keep state as Scriban allows — a partial that defines a function and assigns, array.cycle,
/// a date.format assignment on one page — builds the same bytes every time, in a build and in serve's rebuilds, and every
/// page shows what it would show alone.
/// </summary>
public sealed class TemplateStateTests
{
    private const string Layout = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>
        <body>
        {{ include 'partials/setup.html' }}
        <p class="badge">{{ badge section_label }}</p>
        <p class="cycle">{{ include 'partials/cycle.html' }} {{ include 'partials/cycle.html' }}</p>
        {{ if page.section == 'home' }}{{ date.format = '%Y' }}{{ end }}
        <p class="date">{{ date.parse '2025-12-15' }}</p>
        {{ content }}
        </body></html>

        """;

    private static void WriteTemplates(TestSite site)
    {
        site.Write("templates/layout.html", Layout);
        site.Write("templates/partials/setup.html", "{{ func badge(text) }}<b>{{ text }}</b>{{ end }}{{ section_label = page.section | string.capitalize }}\n");
        site.Write("templates/partials/cycle.html", "{{ array.cycle ['a', 'b', 'c'] }}\n");
    }

    [Fact]
    public void Two_builds_give_the_same_bytes_and_each_page_what_it_would_alone()
    {
        using var site = SampleSite.Copy();
        WriteTemplates(site);

        var first = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "one"));
        var second = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "two"));

        AssertSameBytes(first.Output, second.Output);
        AssertEachPageAlone(first);
    }

    [Fact]
    public void Serve_rebuilds_give_the_same_bytes_as_its_first_build()
    {
        using var site = SampleSite.Copy();
        WriteTemplates(site);
        var first = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "reference"));
        var session = new SiteSession(site.Options() with { OutputPath = site.OutputPath });
        Assert.True(session.Build().Succeeded);
        AssertSameBytes(first.Output, site.OutputPath);

        // A template saved again rebuilds every page; a brief saved again, the pages that show it.
        site.Write("templates/partials/cycle.html", site.Read("templates/partials/cycle.html"));
        var full = session.Rebuild([Path.Combine(site.Root, "templates/partials/cycle.html")]);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        AssertSameBytes(first.Output, site.OutputPath);

        var brief = Directory.GetFiles(Path.Combine(site.Root, "content/briefs")).Order(StringComparer.Ordinal).First();
        File.WriteAllText(brief, File.ReadAllText(brief).Replace("\n---\n", "\n---\nEdited. ", StringComparison.Ordinal));
        var incremental = session.Rebuild([brief]);
        session.Settle();
        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.NotEmpty(incremental.ChangedFiles);
        var edited = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "edited"));
        AssertSameBytes(edited.Output, site.OutputPath);
    }

    private static void AssertEachPageAlone(BuiltSite built)
    {
        var pages = built.HtmlFiles().Where(f => f != "404.html").ToList();
        Assert.True(pages.Count > 40);
        foreach (var page in pages)
        {
            var document = built.Parse(page);
            Assert.Equal("a b", document.QuerySelector(".cycle")!.TextContent);
            Assert.Equal(page == "index.html" ? "2025" : "15 Dec 2025", document.QuerySelector(".date")!.TextContent);
            Assert.NotEmpty(document.QuerySelector(".badge b")!.TextContent);
        }
    }

    private static void AssertSameBytes(string expected, string actual)
    {
        var files = Directory.GetFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
            file + " differs"));
    }
}
