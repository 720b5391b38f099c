using System.Runtime;

namespace Briefings;

/// <summary>
/// Holds off garbage collections while a build renders its pages, writes its feeds, data and search index: that
/// part of a 10,000-brief build allocates ~300 MB, nearly all of it dead as soon as a page is written, yet the
/// collector stopped the threads a dozen times to copy what a page in flight still held, and ran full collections
/// as the search index and the partials' cache grew. Now there is none: 10,000 briefs took 0.875 of the wall time
/// and 0.895 of the CPU time (12 alternating pairs) with the region begun by a full collection, and 0.924 of that
/// again without one (below); the peak working set went from ~350 to ~540 MiB. A bigger site outgrows the budget,
/// and the collector then simply goes back to collecting as before; a site whose heap is already large is not paused
/// at all (<see cref="Ceiling"/>).
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>
    /// Above what the largest benchmark site allocates in these stages, so that it runs through them without a collection:
    /// with the charts, 10,000 briefs allocated 580 MB there, past the 512 MB this was, and the one collection that ended
    /// the region stopped the threads for 261 ms, 0.9 of the render stage's added CPU time.
    /// </summary>
    public const long Budget = 768L * 1024 * 1024;

    /// <summary>
    /// The most the heap and the budget may come to together. A site that large allocates far past the budget while it
    /// renders, so the pause saves it few collections, yet the budget it holds back added to its peak: on 100,000 briefs
    /// the heap was ~930 MB when the pages began and they allocated 4.7 GB, so the region ended early, yet the peak working
    /// set was 2,046 MiB with it and 1,954 MiB without (bench/README.md, "No-GC region and large sites").
    /// </summary>
    public const long Ceiling = 1024L * 1024 * 1024;

    private bool _active;

    private CollectionPause(bool active) => _active = active;

    /// <summary>
    /// Starts the pause where the runtime allows one and the heap is small enough (<paramref name="ceiling"/>); where
    /// not, the build goes on as it would without.
    /// </summary>
    public static CollectionPause Start(long budget = Budget, long ceiling = Ceiling)
    {
        // Asked for while one is on, the runtime refuses the new region and ends the one that was on as it does so.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion || GC.GetTotalMemory(forceFullCollection: false) + budget > ceiling)
        {
            return new CollectionPause(false);
        }

        try
        {
            // Without the full collection the runtime would otherwise begin the region with: it found little to free
            // after the graph stage, and stopped the threads for 100-130 ms to find it (12 pairs: wall 0.924, CPU 0.901).
            return new CollectionPause(GC.TryStartNoGCRegion(budget, disallowFullBlockingGC: true));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A budget the runtime cannot reserve, or a region begun on another thread since the check.
            return new CollectionPause(false);
        }
    }

    public void Dispose()
    {
        if (!_active)
        {
            return;
        }

        _active = false;
        // The region has already ended if the build allocated past the budget.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // Ended by a collection between the check and the call.
            }
        }
    }
}
