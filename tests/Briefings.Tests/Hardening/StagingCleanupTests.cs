using Briefings.Tests.Support;
using Briefings.Writing;

namespace Briefings.Tests.Hardening;

/// <summary>
/// A build writes beside its output in a staging folder. No failure, at any stage, may leave one behind,
/// and the folders a killed build left are removed by the next build, but only once shown to be the tool's own.
/// </summary>
public sealed class StagingCleanupTests
{
    private static string Sibling(TestSite site, string kind) => Path.Combine(site.Root, $"._site.{kind}-{Guid.NewGuid():N}");

    private static List<string> SiteEntries(TestSite site) =>
        Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    [Fact]
    public void A_killed_builds_staging_and_retired_folders_are_removed_by_the_next_build()
    {
        using var build = PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));
        var staging = Sibling(build.Site, "staging");
        Directory.CreateDirectory(Path.Combine(staging, "briefs"));
        File.WriteAllBytes(Path.Combine(staging, StagingFolder.LockName), StagingFolder.LockText);
        File.WriteAllText(Path.Combine(staging, "briefs", "index.html"), "half a site");
        var retired = Sibling(build.Site, "retired");
        Directory.CreateDirectory(retired);
        File.WriteAllText(Path.Combine(retired, "index.html"), "an older site");
        OutputOwnership.WriteMarker(retired, ["index.html"]);

        Assert.True(SiteBuilder.Build(build.Options()).Succeeded);

        Assert.False(Directory.Exists(staging));
        Assert.False(Directory.Exists(retired));
        Assert.Equal(["_site", "content", "site.config.yml"], SiteEntries(build.Site));
    }

    [Fact]
    public void A_folder_that_only_looks_like_a_leftover_is_left_alone()
    {
        using var build = PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));
        var unlocked = Sibling(build.Site, "staging");
        build.Site.Write(Path.GetFileName(unlocked) + "/notes.txt", "no lock file: not the tool's");
        var retired = Sibling(build.Site, "retired");
        build.Site.Write(Path.GetFileName(retired) + "/index.html", "listed");
        build.Site.Write(Path.GetFileName(retired) + "/mine.txt", "not listed");
        OutputOwnership.WriteMarker(retired, ["index.html"]);
        build.Site.Write("._site.staging-notes/notes.txt", "not a build's name");
        var before = FolderState.Outside(build.Site.Root, build.Output);

        build.Succeeding();

        Assert.Equal(before, FolderState.Outside(build.Site.Root, build.Output));
    }

    [Fact]
    public void A_staging_folder_a_live_build_holds_is_left_to_it()
    {
        using var build = PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));
        var staging = Sibling(build.Site, "staging");
        Directory.CreateDirectory(staging);
        using (var held = new FileStream(Path.Combine(staging, StagingFolder.LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
        {
            held.Write(StagingFolder.LockText);
            held.Flush();

            Assert.True(SiteBuilder.Build(build.Options()).Succeeded);

            Assert.True(Directory.Exists(staging));
        }

        Assert.True(SiteBuilder.Build(build.Options()).Succeeded);
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_failed_final_swap_leaves_the_output_as_it_was_and_no_staging_folder()
    {
        using var build = PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));
        var before = FolderState.Exact(build.Output);
        var entries = SiteEntries(build.Site);

        using (var writer = new SiteWriter(build.Output))
        {
            writer.Write("index.html", "<p>new</p>"u8);
            // Something the tool did not write appears while the build runs.
            File.WriteAllText(Path.Combine(build.Output, "CNAME"), "example.org");
            before = FolderState.Exact(build.Output);

            var error = Assert.Throws<OutputNotOwnedException>(writer.Commit);
            Assert.Contains("holds 'CNAME', which Briefings did not write", error.Message);
        }

        Assert.Equal(before, FolderState.Exact(build.Output));
        Assert.Equal(entries, SiteEntries(build.Site));
    }

    [Fact]
    public void A_build_that_fails_at_any_stage_leaves_no_staging_folder()
    {
        using var build = PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));
        var entries = SiteEntries(build.Site);

        build.Site.Write("templates/brief.html", "{{ if }}");
        build.Failing();
        File.Delete(Path.Combine(build.Site.Root, "templates", "brief.html"));
        build.Site.Write("templates/brief.html", "{{ page.nosuch.deeper }}");
        build.Failing();
        Directory.Delete(Path.Combine(build.Site.Root, "templates"), recursive: true);
        build.Site.Write("static/feed.xml", "<feed/>");
        build.Failing();

        Assert.Equal(entries.Append("static").Order(StringComparer.Ordinal), SiteEntries(build.Site));
    }
}
