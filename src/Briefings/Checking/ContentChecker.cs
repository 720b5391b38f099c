using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>The cross-file checks, run after loading and before the graph is built; every rule reports all it finds.</summary>
public static class ContentChecker
{
    public static EntityIndex Check(LoadedContent content, DiagnosticBag diagnostics)
    {
        var (index, checks) = Start(content, diagnostics);
        checks.GetAwaiter().GetResult();
        return index;
    }

    /// <summary>
    /// Builds the index, which the next stages need, and starts the rules, which only report: what comes next
    /// (the Markdown stage) runs beside them, and <paramref name="diagnostics"/> holds all they found once
    /// the task is done.
    /// </summary>
    public static (EntityIndex Index, Task Checks) Start(LoadedContent content, DiagnosticBag diagnostics)
    {
        // The rules only read the content and add to a bag that sorts what it holds, so they run side by side; those that
        // need no index start first, beside the index being built (~18 ms of 10,000 briefs on one core).
        var contentChecks = Task.Run(() => Parallel.Invoke(
            () => DuplicateCheck.Run(content, diagnostics),
            () => CommitmentCheck.Run(content, diagnostics),
            () => AmountCheck.Run(content, diagnostics),
            () => TransitionCheck.Run(content, diagnostics),
            () => QuoteSourceCheck.Run(content, diagnostics),
            () => UrlCheck.Run(content, diagnostics),
            () => ReservedIdCheck.Run(content, diagnostics)));
        EntityIndex index;
        try
        {
            index = new EntityIndex(content);
        }
        catch
        {
            SideTasks.WaitQuietly(contentChecks);
            throw;
        }

        var indexChecks = Task.Run(() => Parallel.Invoke(
            () =>
            {
                ReferenceCheck.Run(content, index, diagnostics);
                ParentCycleCheck.Run(index, diagnostics);
            },
            () =>
            {
                RedirectCheck.Run(content, index, diagnostics);
                BylineCheck.Run(content, index, diagnostics);
            }));
        // An array, not the span form C# would pick, whose compiler-made helpers the layer test cannot place.
        return (index, Task.WhenAll(new[] { contentChecks, indexChecks }));
    }
}
