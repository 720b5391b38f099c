using System.Diagnostics;
using System.Threading.Channels;

namespace Briefings.Cli.Serve;

/// <summary>
/// Collects changed paths and hands them on in one batch once the files have been quiet for a moment:
/// one save fires several watcher events, and a checkout or a search-and-replace fires hundreds.
/// Batches are handled one at a time; changes made meanwhile make the next batch.
/// </summary>
internal sealed class ChangeBatcher(TimeSpan quiet, TimeSpan longest)
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Add(string path) => _changes.Writer.TryWrite(path);

    public async Task Run(Action<IReadOnlyCollection<string>> handle, CancellationToken stopping)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(stopping))
        {
            var batch = new HashSet<string>(StringComparer.Ordinal);
            var clock = Stopwatch.StartNew();
            Drain(reader, batch);
            while (clock.Elapsed < longest && await MoreWithin(reader, quiet, stopping))
            {
                Drain(reader, batch);
            }

            if (batch.Count > 0)
            {
                handle(batch);
            }
        }
    }

    private static void Drain(ChannelReader<string> reader, HashSet<string> batch)
    {
        while (reader.TryRead(out var path))
        {
            batch.Add(path);
        }
    }

    private static async Task<bool> MoreWithin(ChannelReader<string> reader, TimeSpan quiet, CancellationToken stopping)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        wait.CancelAfter(quiet);
        try
        {
            return await reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return false;
        }
    }
}
