using System.Diagnostics;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hardening;

/// <summary>
/// Links that lead out of the site are warnings: the build succeeds, and what they name is neither read
/// nor published. Links that loop are warnings too, and the walk ends.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private const string Secret = "TOP-SECRET-0xC0FFEE";

    private readonly string _outside = Path.Combine(Path.GetTempPath(), "briefings-tests", "outside-" + Guid.NewGuid().ToString("N"));

    public SymlinkTests()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "sub"));
        File.WriteAllText(Path.Combine(_outside, "secret.md"), $"---\nname: {Secret}\n---\n{Secret}\n");
        File.WriteAllText(Path.Combine(_outside, "sub", "secret.md"), $"---\nname: {Secret}\n---\n{Secret}\n");
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    private static PreviousBuild Site() => PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));

    private void AssertNotPublished(PreviousBuild build, BuildResult result)
    {
        Assert.DoesNotContain(result.Graph!.PeopleById.Keys, id => id.Contains("secret", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(build.Output, "*", SearchOption.AllDirectories))
        {
            Assert.False(File.ReadAllText(file).Contains(Secret, StringComparison.Ordinal), file);
        }

        Assert.Equal(2, Directory.GetFiles(_outside, "*", SearchOption.AllDirectories).Length);
    }

    private void Link(PreviousBuild build, string path, string target) =>
        File.CreateSymbolicLink(Path.Combine(build.Site.Root, path), target);

    [Fact]
    public void File_link_out_of_the_site_is_a_BRF005_warning_and_not_read()
    {
        using var build = Site();
        Link(build, "content/people/secret.md", Path.Combine(_outside, "secret.md"));

        var result = build.Succeeding();

        Assert.Equal(Severity.Warning, result.Has(Codes.SymlinkOutsideSite, "content/people/secret.md", 1, 1).Severity);
        AssertNotPublished(build, result);
    }

    [Fact]
    public void Folder_link_out_of_the_site_is_a_BRF005_warning()
    {
        using var build = Site();
        Link(build, "content/people/elsewhere", _outside);

        var result = build.Succeeding();

        result.Has(Codes.SymlinkOutsideSite, "content/people/elsewhere", 1, 1);
        AssertNotPublished(build, result);
    }

    [Fact]
    public void Kind_folder_that_is_a_link_out_of_the_site_is_a_BRF005_warning()
    {
        using var build = Site();
        Link(build, "content/topics", _outside);

        var result = build.Succeeding();

        result.Has(Codes.SymlinkOutsideSite, "content/topics", 1, 1);
        AssertNotPublished(build, result);
    }

    [Fact]
    public void Relative_link_that_climbs_out_is_a_BRF005_warning()
    {
        using var build = Site();
        Link(build, "content/people/secret.md", Path.GetRelativePath(Path.Combine(build.Site.Root, "content/people"), Path.Combine(_outside, "secret.md")));

        var result = build.Succeeding();

        result.Has(Codes.SymlinkOutsideSite, "content/people/secret.md", 1, 1);
        AssertNotPublished(build, result);
    }

    [Fact]
    public void Link_whose_text_looks_inside_but_leads_outside_is_a_BRF005_warning()
    {
        using var build = Site();
        // Read as text, "sub/../secret.md" is content/people/secret.md itself; followed, 'sub' leads out first.
        Link(build, "content/people/sub", Path.Combine(_outside, "sub"));
        Link(build, "content/people/secret.md", "sub/../secret.md");

        var result = build.Succeeding();

        result.Has(Codes.SymlinkOutsideSite, "content/people/secret.md", 1, 1);
        result.Has(Codes.SymlinkOutsideSite, "content/people/sub", 1, 1);
        AssertNotPublished(build, result);
    }

    [Fact]
    public void Asset_link_out_of_the_site_is_a_BRF005_warning_and_not_published()
    {
        using var build = Site();
        Directory.CreateDirectory(Path.Combine(build.Site.Root, "templates/assets"));
        Link(build, "templates/assets/secret.txt", Path.Combine(_outside, "secret.md"));

        var result = build.Succeeding();

        result.Has(Codes.SymlinkOutsideSite, "templates/assets/secret.txt", 1, 1);
        Assert.False(File.Exists(Path.Combine(build.Output, "assets/secret.txt")));
        AssertNotPublished(build, result);
    }

    [Fact]
    public void Link_inside_the_site_is_followed()
    {
        using var build = Site();
        build.Site.Write("shared/a-b.md", "---\nname: A B\n---\n");
        Link(build, "content/people/a-b.md", Path.Combine(build.Site.Root, "shared/a-b.md"));

        var result = build.Succeeding();

        Assert.Empty(result.Diagnostics.WithoutLints());
        Assert.True(File.Exists(Path.Combine(build.Output, "people/a-b/index.html")));
    }

    [Fact]
    public void Links_back_to_their_own_folder_are_BRF006_warnings_and_the_walk_ends()
    {
        using var build = Site();
        // Two links to '.' once doubled the walk at each of 32 levels: 2^32 folders.
        Link(build, "content/people/again", ".");
        Link(build, "content/people/and-again", ".");
        Link(build, "content/people/up", "..");

        var clock = Stopwatch.StartNew();
        var result = build.Succeeding();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        result.Has(Codes.SymlinkLoop, "content/people/again", 1, 1);
        result.Has(Codes.SymlinkLoop, "content/people/and-again", 1, 1);
        result.Has(Codes.SymlinkLoop, "content/people/up", 1, 1);
        Assert.Single(result.Graph!.People);
    }

    [Fact]
    public void File_links_that_loop_are_BRF005_warnings()
    {
        using var build = Site();
        Link(build, "content/people/a.md", "b.md");
        Link(build, "content/people/b.md", "a.md");

        var result = build.Succeeding();

        result.Has(Codes.SymlinkOutsideSite, "content/people/a.md", 1, 1);
        result.Has(Codes.SymlinkOutsideSite, "content/people/b.md", 1, 1);
    }

    [Fact]
    public void Link_out_of_the_site_fails_a_strict_build_and_keeps_the_previous_output()
    {
        using var build = Site();
        Link(build, "content/people/secret.md", Path.Combine(_outside, "secret.md"));

        build.Failing(strict: true).Has(Codes.SymlinkOutsideSite, "content/people/secret.md", 1, 1);
    }
}
