using System.Collections.Concurrent;
using Briefings.Cli.Serve;

namespace Briefings.Tests.Cli;

public sealed class ChangeBatcherTests
{
    [Fact]
    public async Task Changes_close_together_make_one_batch_without_repeats()
    {
        // Three seconds of quiet, not one: a test host busy with other tests once paused this thread for over a second
        // between two of the adds below, and the batch came in two.
        var batcher = new ChangeBatcher(quiet: TimeSpan.FromSeconds(3), longest: TimeSpan.FromSeconds(10));
        var batches = new BlockingCollection<IReadOnlyCollection<string>>();
        using var stop = new CancellationTokenSource();
        var running = batcher.Run(batch => batches.Add(batch), stop.Token);

        batcher.Add("/site/content/briefs/a.md");
        batcher.Add("/site/content/briefs/a.md");
        batcher.Add("/site/content/people/b.md");

        Assert.True(batches.TryTake(out var batch, TimeSpan.FromSeconds(30)));
        Assert.Equal(["/site/content/briefs/a.md", "/site/content/people/b.md"], batch.Order(StringComparer.Ordinal));
        batcher.Add("/site/content/briefs/c.md");
        Assert.True(batches.TryTake(out var next, TimeSpan.FromSeconds(30)));
        Assert.Equal(["/site/content/briefs/c.md"], next);

        stop.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
    }
}
