using System.Runtime;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// <c>briefings build</c> holds off garbage collections while it renders. That is state of the whole process, so
/// these run alone: the build must give the same site with the pause as without, and leave the process as it was.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class CollectionPauseTests
{
    [Fact]
    public void A_build_that_owns_its_process_writes_the_same_site_lets_go_of_the_briefs_html_and_leaves_the_collector_as_it_was()
    {
        using var site = SampleSite.Copy();
        var before = GCSettings.LatencyMode;
        var plain = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = Path.Combine(site.Root, "plain") });
        var paused = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = Path.Combine(site.Root, "paused"), OwnsProcess = true });

        Assert.True(plain.Succeeded);
        Assert.True(paused.Succeeded);
        Assert.Equal(before, GCSettings.LatencyMode);
        var files = Directory.GetFiles(plain.OutputPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(plain.OutputPath, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(paused.OutputPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(paused.OutputPath, f)).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(plain.OutputPath, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(paused.OutputPath, file))), file));

        // The same site though the build that owns its process let go of every brief's HTML once its page and search
        // record had it; the other build keeps it for whoever reads its graph.
        Assert.All(paused.Graph!.Briefs, brief => Assert.Throws<InvalidOperationException>(() => brief.Body.Utf8Html));
        Assert.All(plain.Graph!.Briefs, brief => Assert.NotEqual(0, brief.Body.Utf8Html.Length));
    }

    /// <summary>
    /// With no memory budget, every brief's HTML waits for its page and the search index in the temporary file: the
    /// site must be the same, and, once read, the HTML let go of there too.
    /// </summary>
    [Fact]
    public void A_build_whose_html_waits_in_a_temporary_file_writes_the_same_site()
    {
        using var site = SampleSite.Copy();
        var plain = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = Path.Combine(site.Root, "plain") });
        var temporaries = Directory.GetFiles(Path.GetTempPath(), "briefings-*.html");
        var spilled = SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = Path.Combine(site.Root, "spilled"), OwnsProcess = true, HtmlMemoryBudget = 0 });

        Assert.True(spilled.Succeeded);
        Assert.Equal(0, plain.HtmlSpilled);
        Assert.Equal(plain.Graph!.Briefs.Sum(brief => (long)brief.Body.Utf8Html.Length), spilled.HtmlSpilled);
        var files = Directory.GetFiles(plain.OutputPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(plain.OutputPath, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(spilled.OutputPath, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(spilled.OutputPath, f)).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(plain.OutputPath, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(spilled.OutputPath, file))), file));
        Assert.All(spilled.Graph!.Briefs, brief => Assert.Throws<InvalidOperationException>(() => brief.Body.Utf8Html));
        Assert.Equal(temporaries, Directory.GetFiles(Path.GetTempPath(), "briefings-*.html"));
    }

    [Fact]
    public void A_pause_inside_another_is_refused_quietly_and_the_outer_one_still_ends()
    {
        var before = GCSettings.LatencyMode;
        using (CollectionPause.Start(16 * 1024 * 1024))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            using (CollectionPause.Start(16 * 1024 * 1024))
            {
            }

            // The inner pause neither failed nor ended the outer one.
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void No_pause_is_taken_where_the_heap_and_the_budget_pass_the_ceiling()
    {
        var before = GCSettings.LatencyMode;
        using (CollectionPause.Start(16 * 1024 * 1024, ceiling: GC.GetTotalMemory(forceFullCollection: false)))
        {
            Assert.Equal(before, GCSettings.LatencyMode);
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_build_that_outgrows_the_budget_goes_on_collecting_and_ends_well()
    {
        var before = GCSettings.LatencyMode;
        using (CollectionPause.Start(1024 * 1024))
        {
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var collections = GC.CollectionCount(0);

            // Far past the budget: the runtime ends the region by itself, with a collection, and the pause's end
            // must then not fail for finding no region to end.
            var kept = new List<byte[]>();
            for (var i = 0; i < 64; i++)
            {
                kept.Add(new byte[64 * 1024]);
            }

            GC.KeepAlive(kept);
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            Assert.True(GC.CollectionCount(0) > collections, "the runtime collected once past the budget");
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
