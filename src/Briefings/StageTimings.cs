using System.Diagnostics;

namespace Briefings;

/// <summary>
/// Wall time, process CPU time and managed allocation of each build stage, for <c>--profile</c> and --verbose.
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
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var result = work();
        var timing = new StageTiming(stage, clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated);
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

public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Cpu, long AllocatedBytes);
