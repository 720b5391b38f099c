using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

public sealed class OutputTests
{
    [Fact]
    public void Building_twice_gives_identical_bytes()
    {
        using var site = SampleSite.Copy();
        var first = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "one"));
        var second = BuiltSite.From(site.ConfigPath, Path.Combine(site.Root, "two"));
        Assert.Equal(first.Files(), second.Files());
        Assert.All(first.Files(), file => Assert.True(
            File.ReadAllBytes(Path.Combine(first.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Output, file))), file));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = SampleSite.Copy();
        BuiltSite.From(site.ConfigPath, site.OutputPath);
        var before = State(site.OutputPath);

        site.Write("content/briefs/2025-12-20-broken.md", "---\ntitle: broken\ndate: 2025-12-20\nspeakers: [nobody]\n---\n");
        var failed = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = site.OutputPath });

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Code == Codes.UnknownReference);
        Assert.Equal(before, State(site.OutputPath));
        // Beside the content, only the output and the image cache the tool keeps there.
        Assert.Equal([site.OutputPath], Directory.GetDirectories(site.Root).Where(d => !d.EndsWith("content", StringComparison.Ordinal) && Path.GetFileName(d) != ".briefings-cache"));
    }

    [Fact]
    public void A_template_error_fails_the_build_and_keeps_the_previous_output()
    {
        using var site = SampleSite.Copy();
        BuiltSite.From(site.ConfigPath, site.OutputPath);
        var before = State(site.OutputPath);

        site.Write("templates/topic.html", "<h1>{{ page.topic.titel }}</h1>\n");
        var failed = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = site.OutputPath });

        Assert.False(failed.Succeeded);
        var diagnostic = Assert.Single(failed.Diagnostics);
        Assert.Equal((Codes.TemplateRuntime, "templates/topic.html", 1, 19), (diagnostic.Code, diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("titel", diagnostic.Message);
        Assert.Equal(before, State(site.OutputPath));
    }

    [Fact]
    public void A_template_syntax_error_is_BRF040()
    {
        using var site = TestSite.Create("-- templates/topics.html --\n<h1>Topics</h1>\n{{ for t in page.topics }}\n");
        var result = SiteBuilder.Build(site.Options());
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((Codes.TemplateSyntax, "templates/topics.html"), (diagnostic.Code, diagnostic.File));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_missing_partial_is_BRF042()
    {
        using var site = TestSite.Create("-- templates/topics.html --\n<h1>Topics</h1>{{ include 'partials/nope.html' page }}\n");
        var result = SiteBuilder.Build(site.Options());
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.TemplateMissing && d.File == "templates/topics.html" && d.Message.Contains("nope.html"));
    }

    [Fact]
    public void A_site_template_overrides_the_default_file_by_file()
    {
        using var site = TestSite.Create("-- templates/topics.html --\n<h1>My topics</h1>\n");
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Equal("My topics", built.Parse("topics/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal("People", built.Parse("people/index.html").QuerySelector("h1")!.TextContent);
        Assert.True(File.Exists(Path.Combine(built.Output, "assets/style.css")));
    }

    [Fact]
    public void An_unchanged_file_keeps_its_modification_time_and_a_changed_one_does_not()
    {
        using var site = SampleSite.Copy();
        BuiltSite.From(site.ConfigPath, site.OutputPath);
        var unchanged = Path.Combine(site.OutputPath, "people/vladimir-putin/index.html");
        var changed = Path.Combine(site.OutputPath, "briefs/starmer-peace-deal-needs-robust-guarantees/index.html");
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(unchanged, past);
        File.SetLastWriteTimeUtc(changed, past);

        var brief = "content/briefs/2025-12-15-starmer-peace-deal-needs-robust-guarantees.md";
        site.Write(brief, site.Read(brief).Replace("told MPs on Monday", "told MPs on Tuesday"));
        var rebuilt = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Equal(past, File.GetLastWriteTimeUtc(unchanged));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(changed));
        Assert.True(rebuilt.Result.FilesUnchanged > 0);
        Assert.True(rebuilt.Result.FilesWritten >= 1);
    }

    [Fact]
    public void A_page_over_a_megabyte_is_written_whole()
    {
        // Scriban truncates strings past 1 MB unless told otherwise; a big archive page came out empty.
        var paragraph = string.Concat(Enumerable.Repeat("Long text for a very long brief. ", 40_000));
        using var site = TestSite.Create($"-- content/briefs/2025-12-15-x.md --\n---\ntitle: x\ndate: 2025-12-15\n---\n{paragraph}\n\nThe end marker.\n");
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var page = built.Read("briefs/x/index.html");
        Assert.True(page.Length > 1_300_000);
        Assert.Contains("The end marker.", page);
        Assert.EndsWith("</html>\n", page);
    }

    [Fact]
    public void A_code_block_in_a_body_keeps_its_lines_exactly()
    {
        // Scriban's auto-indent once prefixed every line of a body with the whitespace before {{ page.body }}.
        using var site = TestSite.Create("-- content/briefs/2025-12-15-x.md --\n---\ntitle: x\ndate: 2025-12-15\n---\n" +
            "Before.\n\n```\nfirst line\n    indented line\nlast line\n```\n");
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Contains("<pre><code>first line\n    indented line\nlast line\n</code></pre>", built.Read("briefs/x/index.html"));
    }

    [Fact]
    public void A_unicode_id_is_written_under_its_own_letters_and_linked_percent_encoded()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/володимир-зеленський.md --\n---\nname: Володимир Зеленський\n---\n" +
            "-- content/briefs/2025-12-15-x.md --\n---\ntitle: x\ndate: 2025-12-15\nspeakers: [володимир-зеленський]\n---\n");
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.True(File.Exists(Path.Combine(built.Output, "people", "володимир-зеленський", "index.html")));
        Assert.True(File.Exists(Path.Combine(built.Output, "people", "володимир-зеленський", "feed.xml")));
        var href = built.Parse("briefs/x/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).First(h => h.Contains("people/%D0", StringComparison.Ordinal));
        Assert.Equal("../../people/%D0%B2%D0%BE%D0%BB%D0%BE%D0%B4%D0%B8%D0%BC%D0%B8%D1%80-%D0%B7%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9/index.html", href);
    }

    [Fact]
    public void A_quoted_person_not_listed_as_a_speaker_is_shown_and_published_as_one()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/tom-reeve.md --\n---\nname: Tom Reeve\n---\n" +
            Sites.BriefFile("title: x\ndate: 2025-12-15\nspeakers: [keir-starmer]\nquotes:\n  - by: tom-reeve\n    text: t"));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var page = built.Parse("briefs/x/index.html");
        Assert.Equal(["Keir Starmer", "Tom Reeve"], page.QuerySelectorAll(".aside-speakers .chip-name").Select(e => e.TextContent));
        Assert.Empty(page.QuerySelectorAll(".aside-people"));
        using var api = System.Text.Json.JsonDocument.Parse(built.Read("api/briefs.json"));
        var speakers = api.RootElement.GetProperty("briefs")[0].GetProperty("speakers").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["keir-starmer", "tom-reeve"], speakers);
    }

    [Fact]
    public void Pages_that_no_longer_belong_to_the_site_are_removed()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        site.Write("content/briefs/2025-12-16-gone.md", "---\ntitle: Gone\ndate: 2025-12-16\n---\nBody.\n");
        Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = site.OutputPath }).Succeeded);
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "briefs", "gone", "index.html")));
        File.Delete(Path.Combine(site.Root, "content/briefs/2025-12-16-gone.md"));

        var rebuilt = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = site.OutputPath });

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "briefs", "gone")));
    }

    private static Dictionary<string, (string Hash, DateTime Modified)> State(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)));

}
