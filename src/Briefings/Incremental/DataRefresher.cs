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
    private (ContentGraph Graph, InPlaceWriter Writer)? _next;
    private Task _running = Task.CompletedTask;

    public void Schedule(ContentGraph graph, InPlaceWriter writer)
    {
        lock (_gate)
        {
            _next = (graph, writer);
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
            (ContentGraph Graph, InPlaceWriter Writer) work;
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
                ApiData.Write(work.Graph, written);
                CsvData.Write(work.Graph, written);
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
