using Briefings.Tests.Support;
using System.Runtime;

namespace Briefings.Tests.Outputs;

/// <summary>
/// <c>briefings build</c> runs the collector in batch mode (a kept fast path, see BuildCommand); the simple form is
/// the runtime's default. Texts whose memory the collector frees must read the same whichever mode collects them.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class CollectorModeTests
{
    [Fact]
    public void The_sample_and_a_generated_site_are_the_same_bytes_in_batch_mode_and_by_default()
    {
        using var generated = TestSite.Create(GeneratedSite.Files(2000, seed: 7));
        foreach (var config in new[] { SampleSite.ConfigPath, generated.ConfigPath })
        {
            var output = Path.Combine(generated.Root, "out-" + Guid.NewGuid().ToString("N"));
            var (batch, interactive) = (Path.Combine(output, "batch"), Path.Combine(output, "interactive"));
            var before = GCSettings.LatencyMode;
            try
            {
                GCSettings.LatencyMode = GCLatencyMode.Batch;
                Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = config, OutputPath = batch, OwnsProcess = true }).Succeeded);
                GCSettings.LatencyMode = GCLatencyMode.Interactive;
                Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = config, OutputPath = interactive, OwnsProcess = true }).Succeeded);
            }
            finally
            {
                GCSettings.LatencyMode = before;
            }

            Assert.Equal(FolderHashes.Of(batch), FolderHashes.Of(interactive));
        }
    }
}
