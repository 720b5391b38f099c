using Briefings.Content;
using Briefings.Tests.Support;

namespace Briefings.Tests.Content;

/// <summary>
/// A build with no cache lets go of each body's Markdown once it is rendered (a kept memory path, see Body.Release);
/// the simple form keeps every body, as a build with a cache does.
/// </summary>
public sealed class BodyReleaseTests
{
    [Fact]
    public void A_build_that_releases_the_bodies_writes_the_same_bytes_as_one_that_keeps_them()
    {
        using var generated = TestSite.Create(GeneratedSite.Files(300, seed: 11));
        foreach (var config in new[] { SampleSite.ConfigPath, generated.ConfigPath })
        {
            var output = Path.Combine(generated.Root, "out-" + Guid.NewGuid().ToString("N"));
            var (released, kept) = (Path.Combine(output, "released"), Path.Combine(output, "kept"));
            Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = config, OutputPath = released }).Succeeded);
            Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = config, OutputPath = kept }, new BuildCache()).Succeeded);

            Assert.Equal(FolderHashes.Of(kept), FolderHashes.Of(released));
        }
    }

    [Fact]
    public void A_released_body_cannot_be_read_again()
    {
        var body = new Body("Some *Markdown*.", 4);
        Assert.Equal("Some *Markdown*.", body.Markdown);

        body.Release();

        Assert.Throws<InvalidOperationException>(() => body.Markdown);
        Body.Empty.Release();
        Assert.Equal("", Body.Empty.Markdown);
    }
}
