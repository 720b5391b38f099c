using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Data;
using Briefings.Outputs.Search;
using Briefings.Writing;

namespace Briefings.Incremental;

/// <summary>
/// Writes the API files and the search index after serve's rebuilds, one refresh at a time and always
/// from the newest graph: pages never wait for it, and a burst of edits costs one or two refreshes, not one each.
/// </summary>
internal sealed class DataRefresher
{
    private readonly object _gate = new();
    private (ContentGraph Graph, InPlaceWriter Writer, HashSet<ContentKind>? Kinds)? _next;
    private Task _running = Task.CompletedTask;

    /// <param name="kinds">
    /// The kinds whose API file the rebuild may have changed, after an edit that kept the graph's shape; null for all. A
    /// refresh still waiting takes in the kinds of the one before it, so a file is never skipped by coalescing.
    /// </param>
    public void Schedule(ContentGraph graph, InPlaceWriter writer, IEnumerable<ContentKind>? kinds = null)
    {
        lock (_gate)
        {
            HashSet<ContentKind>? all = null;
            if (kinds is not null && (_next is null || _next.Value.Kinds is not null))
            {
                all = [.. kinds, .. _next?.Kinds ?? []];
            }

            _next = (graph, writer, all);
            if (_running.IsCompleted)
            {
                _running = Task.Run(Drain);
            }
        }
    }

    /// <summary>Waits until the newest graph's data files are written.</summary>
    public void Settle()
    {
        while (true)
        {
            Task running;
            lock (_gate)
            {
                running = _running;
                if (running.IsCompleted && _next is null)
                {
                    return;
                }
            }

            running.Wait();
        }
    }

    private void Drain()
    {
        while (true)
        {
            (ContentGraph Graph, InPlaceWriter Writer, HashSet<ContentKind>? Kinds) work;
            lock (_gate)
            {
                if (_next is not { } next)
                {
                    return;
                }

                work = next;
                _next = null;
            }

            try
            {
                var written = new RecordingWriter(work.Writer);
                ApiData.Write(work.Graph, written, work.Kinds);
                CsvData.Write(work.Graph, written, work.Kinds);
                SearchIndex.Write(work.Graph, written);
                // An index of fewer words has fewer chunks: the ones the last index had and this one has not go.
                foreach (var stale in work.Writer.Manifest.Under(SearchChunk.Folder).Where(p => p.EndsWith(".js", StringComparison.Ordinal) && !written.Paths.ContainsKey(p)))
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

    /// <summary>Passes every file on and notes its path, so the refresh knows which files of the last index it did not write again.</summary>
    private sealed class RecordingWriter(IOutputWriter inner) : IOutputWriter
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, bool> Paths { get; } = new(StringComparer.Ordinal);

        public void Write(string relativePath, ReadOnlySpan<byte> bytes)
        {
            Paths[relativePath] = true;
            inner.Write(relativePath, bytes);
        }
    }
}
