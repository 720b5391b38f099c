using System.Diagnostics;

namespace Briefings;

/// <summary>
/// Wall time, process CPU time, managed allocation and collections of each build stage, for <c>--profile</c> and --verbose.
/// CPU beside wall time shows how well a stage keeps the cores busy: a serial stage has CPU ≈ wall.
/// </summary>
public sealed class StageTimings(IStageProgress? progress = null)
{
    private readonly List<StageTiming> _stages = [];

    public IReadOnlyList<StageTiming> Stages => _stages;

    public T Measure<T>(string stage, Func<T> work)
    {
        progress?.Started(stage);
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var fullCollections = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        var timing = new StageTiming(stage, clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated)
        {
            Collections = GC.CollectionCount(0) - collections,
            FullCollections = GC.CollectionCount(2) - fullCollections,
            Paused = GC.GetTotalPauseDuration() - paused,
            HeapBytes = GC.GetTotalMemory(forceFullCollection: false),
        };
        _stages.Add(timing);
        progress?.Finished(timing);
        return result;
    }

    public void Measure(string stage, Action work) => Measure(stage, () =>
    {
        work();
        return 0;
    });

    public TimeSpan Total => TimeSpan.FromTicks(_stages.Sum(s => s.Elapsed.Ticks));
}

public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes)
{
    /// <summary>Collections of any generation during the stage (a gen2 collection counts in all three).</summary>
    public int Collections { get; init; }

    public int FullCollections { get; init; }

    /// <summary>How long the collector stopped the threads during the stage.</summary>
    public TimeSpan Paused { get; init; }

    /// <summary>The managed heap at the end of the stage, live objects and garbage not yet collected.</summary>
    public long HeapBytes { get; init; }
}
