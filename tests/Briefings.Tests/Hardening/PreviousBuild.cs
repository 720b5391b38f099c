using Briefings.Tests.Support;

namespace Briefings.Tests.Hardening;

/// <summary>
/// A site that has built once into <c>_site/</c>. A test then adds one fault and rebuilds: a failing
/// rebuild must leave the previous output byte for byte and time for time as it was, and a rebuild of any
/// kind must create nothing outside the output folder.
/// </summary>
public sealed class PreviousBuild : IDisposable
{
    private PreviousBuild(TestSite site)
    {
        Site = site;
        var first = SiteBuilder.Build(Options());
        Assert.True(first.Succeeded, "the site before the fault should build:\n" + string.Join("\n", first.Diagnostics));
    }

    public TestSite Site { get; }

    public string Output => Site.OutputPath;

    /// <summary>A small inline site (see <see cref="TestSite"/>), built once.</summary>
    public static PreviousBuild Of(string files) => new(TestSite.Create(files));

    /// <summary>A copy of the repository's sample site, built once.</summary>
    public static PreviousBuild OfSample() => new(SampleSite.Copy());

    public BuildOptions Options(bool strict = false) => new() { ConfigPath = Site.ConfigPath, OutputPath = Output, Strict = strict };

    /// <summary>Rebuilds, expecting failure; asserts the output and its surroundings are untouched.</summary>
    public BuildResult Failing(bool strict = false)
    {
        var output = FolderState.Exact(Output);
        var outside = FolderState.Outside(Site.Root, Output);

        var result = SiteBuilder.Build(Options(strict));

        Assert.False(result.Succeeded, "the build should have failed");
        Assert.True(result.Diagnostics.Any(d => d.IsError) || strict, "a failed build names its errors:\n" + string.Join("\n", result.Diagnostics));
        Assert.Equal(output, FolderState.Exact(Output));
        Assert.Equal(outside, FolderState.Outside(Site.Root, Output));
        return result;
    }

    /// <summary>Rebuilds, expecting success (warnings allowed); asserts nothing appeared outside the output.</summary>
    public BuildResult Succeeding()
    {
        var outside = FolderState.Outside(Site.Root, Output);

        var result = SiteBuilder.Build(Options());

        Assert.True(result.Succeeded, "the build should have succeeded:\n" + string.Join("\n", result.Diagnostics));
        Assert.Equal(outside, FolderState.Outside(Site.Root, Output));
        return result;
    }

    public void Dispose() => Site.Dispose();
}
