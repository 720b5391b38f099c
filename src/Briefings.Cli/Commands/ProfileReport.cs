using System.Diagnostics;

namespace Briefings.Cli.Commands;

/// <summary><c>build --profile</c>: where the time and the memory of a build went, stage by stage.</summary>
internal static class ProfileReport
{
    public static void Print(TextWriter output, StageTimings timings, long htmlSpilled = 0)
    {
        var process = Process.GetCurrentProcess();
        output.WriteLine();
        output.WriteLine($"{"stage",-10} {"wall ms",9} {"share",6} {"CPU ms",9} {"allocated MB",13} {"GCs (gen2)",11} {"paused ms",10} {"heap MB",8}");
        var total = timings.Total.TotalMilliseconds;
        foreach (var stage in timings.Stages)
        {
            var share = total > 0 ? stage.Elapsed.TotalMilliseconds / total : 0;
            output.WriteLine($"{stage.Stage,-10} {stage.Elapsed.TotalMilliseconds,9:F0} {share,6:P0} {stage.Cpu.TotalMilliseconds,9:F0} {stage.AllocatedBytes / 1048576.0,13:F0} {$"{stage.Collections} ({stage.FullCollections})",11} {stage.Paused.TotalMilliseconds,10:F0} {stage.HeapBytes / 1048576.0,8:F0}");
        }

        output.WriteLine($"{"total",-10} {total,9:F0} {"",6} {timings.Stages.Sum(s => s.Cpu.TotalMilliseconds),9:F0} {timings.Stages.Sum(s => s.AllocatedBytes) / 1048576.0,13:F0}");
        output.WriteLine(
            $"process: {process.TotalProcessorTime.TotalSeconds:F2} s CPU on {Environment.ProcessorCount} cores, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MiB, " +
            $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, " +
            $"JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms for {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods");
        if (htmlSpilled > 0)
        {
            output.WriteLine($"briefs' HTML past the memory budget, kept in a temporary file until read: {htmlSpilled / 1048576.0:F0} MB");
        }
    }
}
