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
                ApiData.Write(work.Graph, work.Writer);
                SearchIndex.Write(work.Graph, work.Writer);
                work.Writer.SaveManifest();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OutputNotOwnedException)
            {
                // The pages are already served; the next refresh writes the data files again.
            }
        }
    }
}
