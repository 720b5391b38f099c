using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Data;
using Briefings.Outputs.Search;
using Briefings.Writing;

namespace Briefings.Incremental;

/// <summary>
/// Writes the API files and the search index after serve's rebuilds, one refresh at a time and always
/// from the newest graph: pages never wait for it, and a burst of edits costs one or two refreshes, not one each.
/// A refresh is made in memory and written only once whole, so that a rebuild can stop it midway (<see cref="Pause"/>):
/// on two cores, a refresh of a large site's index running beside the rebuild of a page would double that rebuild's time.
/// </summary>
internal sealed class DataRefresher
{
    private readonly object _gate = new();
    private (ContentGraph Graph, InPlaceWriter Writer, HashSet<ContentKind>? Kinds)? _next;
    private Task _running = Task.CompletedTask;
    private CancellationTokenSource _stop = new();
    private bool _paused;

    // Stopped for good: neither Resume nor Settle may start a refresh again, since the folder may be gone.
    private bool _stopped;

    // Set and cleared under the gate, unlike the task's own completion, which comes a moment after its last look at the queue.
    private bool _draining;

    /// <param name="kinds">
    /// The kinds whose API file the rebuild may have changed, after an edit that kept the graph's shape; null for all. A
    /// refresh still waiting takes in the kinds of the one before it, so a file is never skipped by coalescing.
    /// </param>
    public void Schedule(ContentGraph graph, InPlaceWriter writer, IEnumerable<ContentKind>? kinds = null)
    {
        lock (_gate)
        {
            Queue(graph, writer, kinds?.ToHashSet());
            Start();
        }
    }

    /// <summary>
    /// Stops the refresh under way, if it has not begun writing, and holds the next until <see cref="Resume"/>: what it
    /// had still to write is written by the next refresh, from the graph the rebuild leaves.
    /// </summary>
    public void Pause()
    {
        lock (_gate)
        {
            _paused = true;
            _stop.Cancel();
        }
    }

    public void Resume()
    {
        lock (_gate)
        {
            _paused = false;
            Start();
        }
    }

    /// <summary>Stops for good, dropping what waits, and returns once nothing more is written: a full build writes every data file.</summary>
    public void Stop()
    {
        Task running;
        lock (_gate)
        {
            _stopped = true;
            _paused = true;
            _next = null;
            _stop.Cancel();
            running = _running;
        }

        running.Wait();
    }

    /// <summary>Waits until the newest graph's data files are written.</summary>
    public void Settle()
    {
        Resume();
        while (true)
        {
            Task running;
            lock (_gate)
            {
                running = _running;
                if (!_draining && _next is null)
                {
                    return;
                }
            }

            running.Wait();
        }
    }

    /// <summary>Puts a refresh in line, taking in the kinds of the one it replaces.</summary>
    private void Queue(ContentGraph graph, InPlaceWriter writer, HashSet<ContentKind>? kinds)
    {
        HashSet<ContentKind>? all = null;
        if (kinds is not null && (_next is null || _next.Value.Kinds is not null))
        {
            all = [.. kinds, .. _next?.Kinds ?? []];
        }

        _next = (graph, writer, all);
    }

    private void Start()
    {
        if (!_stopped && !_paused && _next is not null && !_draining)
        {
            // A new source each time: the refresh stopped last may still hold the token of its own.
            _stop = new CancellationTokenSource();
            var stop = _stop.Token;
            _draining = true;
            _running = Task.Run(() => Drain(stop));
        }
    }

    private void Drain(CancellationToken stop)
    {
        try
        {
            Refresh(stop);
        }
        catch
        {
            // A refresh that broke leaves the way free for the next, as a completed task did.
            lock (_gate)
            {
                _draining = false;
            }

            throw;
        }
    }

    private void Refresh(CancellationToken stop)
    {
        while (true)
        {
            (ContentGraph Graph, InPlaceWriter Writer, HashSet<ContentKind>? Kinds) work;
            lock (_gate)
            {
                if (_next is not { } next || _paused || stop.IsCancellationRequested)
                {
                    _draining = false;
                    // Stopped, then resumed before this look: a new refresh, with a token not yet cancelled.
                    Start();
                    return;
                }

                work = next;
                _next = null;
            }

            var made = new StoppableWriter(stop);
            try
            {
                ApiData.Write(work.Graph, made, work.Kinds);
                CsvData.Write(work.Graph, made, work.Kinds);
                SearchIndex.Write(work.Graph, made);
            }
            catch (Exception e) when (stop.IsCancellationRequested && e is OperationCanceledException or AggregateException)
            {
                lock (_gate)
                {
                    // A newer refresh in line writes from a newer graph, but must still write this one's kinds too;
                    // after Stop nothing is put back, or a later Settle would write it into a folder since removed.
                    if (!_stopped)
                    {
                        _next = _next is { } newer ? (newer.Graph, newer.Writer, Union(work.Kinds, newer.Kinds)) : work;
                    }
                }

                continue;
            }

            try
            {
                made.Files.FlushTo(work.Writer);
                // An index of fewer words has fewer chunks: the ones the last index had and this one has not go.
                var written = made.Files.Paths;
                foreach (var stale in work.Writer.Manifest.Under(SearchChunk.Folder).Where(p => p.EndsWith(".js", StringComparison.Ordinal) && !written.Contains(p)))
                {
                    work.Writer.Delete(stale);
                }

                work.Writer.SaveManifest();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputNotOwnedException)
            {
                // The pages are already served; the next refresh writes the data files again.
            }
        }
    }

    private static HashSet<ContentKind>? Union(HashSet<ContentKind>? a, HashSet<ContentKind>? b) => a is null || b is null ? null : [.. a, .. b];

    /// <summary>Holds the refresh's files in memory, and stops it at its next file once a rebuild asks.</summary>
    private sealed class StoppableWriter(CancellationToken stop) : IOutputWriter
    {
        public BufferedWriter Files { get; } = new();

        public void Write(string relativePath, ReadOnlySpan<byte> bytes)
        {
            stop.ThrowIfCancellationRequested();
            Files.Write(relativePath, bytes);
        }
    }
}
