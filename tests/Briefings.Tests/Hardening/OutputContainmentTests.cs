using Briefings.Diagnostics;
using Briefings.Tests.Support;
using Briefings.Writing;

namespace Briefings.Tests.Hardening;

/// <summary>Slugs, ids and paths that try to write outside the output folder, and output folders that cannot be written.</summary>
public sealed class OutputContainmentTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    private static PreviousBuild Site() => PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));

    [Theory]
    [InlineData("../../escape")]
    [InlineData("../x")]
    [InlineData("..")]
    [InlineData("../_site")]
    [InlineData("a/b")]
    [InlineData("/tmp/escape")]
    [InlineData("..\\\\escape")]
    [InlineData("%2e%2e%2fescape")]
    [InlineData("x\\u0000y")]
    [InlineData("ESCAPE")]
    public void Slug_that_leaves_its_folder_is_BRF021_and_writes_nothing(string slug)
    {
        using var build = Site();
        build.Site.Write(Brief, $"---\ntitle: x\ndate: 2025-12-15\nslug: \"{slug}\"\n---\n");

        Assert.Contains("is not a safe single path segment", build.Failing().Has(Codes.UnsafeSlug, Brief, 4, 7).Message);
    }

    [Theory]
    [InlineData("topics: [\"../../escape\"]", 4, 10)]
    [InlineData("topics: [\"..\"]", 4, 10)]
    [InlineData("commitments:\n  - id: \"../x\"\n    by: uk-government\n    text: t\n    status: offered", 5, 9)]
    public void Id_that_leaves_its_folder_is_BRF018_and_writes_nothing(string yaml, int line, int column)
    {
        using var build = Site();
        build.Site.Write(Brief, "---\ntitle: x\ndate: 2025-12-15\n" + yaml + "\n---\n");

        build.Failing().Has(Codes.InvalidId, Brief, line, column);
    }

    [Theory]
    [InlineData("content/people/..md", "name: N")]
    [InlineData("content/briefs/2025-12-15-...md", "title: T\ndate: 2025-12-15")]
    [InlineData("content/topics/...md", "title: T")]
    public void File_named_with_dots_cannot_name_a_folder_outside(string path, string frontMatter)
    {
        using var build = Site();
        build.Site.Write(path, $"---\n{frontMatter}\n---\n");

        var result = SiteBuilder.Build(build.Options());

        // Either the name is refused or the file is skipped as hidden; nothing may land outside _site either way.
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.Equal(Codes.InvalidId, d.Code));
        Assert.Equal(["_site", "content", "site.config.yml"], Directory.GetFileSystemEntries(build.Site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("../escape.html")]
    [InlineData("a/../../escape.html")]
    [InlineData("/tmp/escape.html")]
    [InlineData("a/\0/b.html")]
    [InlineData("")]
    public void Writer_refuses_a_path_outside_the_output_and_leaves_nothing_behind(string path)
    {
        using var site = TestSite.Create("");
        var output = Path.Combine(site.Root, "out", "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "previous");
        OutputOwnership.WriteMarker(output, ["index.html"]);
        var (exact, outside, escaped) = (FolderState.Exact(output), FolderState.Outside(site.Root, output), File.Exists("/tmp/escape.html"));

        using (var writer = new SiteWriter(output))
        {
            writer.Write("ok.html", "fine"u8);
            var error = Assert.Throws<OutputPathException>(() => writer.Write(path, "escaped"u8));
            Assert.Contains("outside the output folder", error.Message);
        }

        Assert.Equal(exact, FolderState.Exact(output));
        Assert.Equal(outside, FolderState.Outside(site.Root, output));
        Assert.Equal(escaped, File.Exists("/tmp/escape.html"));
    }

    [Fact]
    public void Output_folder_under_a_file_is_BRF051_and_changes_nothing()
    {
        using var build = Site();
        build.Site.Write("blocker", "a file, not a folder");
        var outside = FolderState.Outside(build.Site.Root, build.Output);

        var result = SiteBuilder.Build(build.Options() with { OutputPath = Path.Combine(build.Site.Root, "blocker", "_site") });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.OutputWriteFailed);
        Assert.Equal(outside, FolderState.Outside(build.Site.Root, build.Output));
    }
}
