using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings.Checking;

/// <summary>The cross-file checks, run after loading and before the graph is built; every rule reports all it finds.</summary>
public static class ContentChecker
{
    public static EntityIndex Check(LoadedContent content, DiagnosticBag diagnostics)
    {
        // The rules only read the content and add to a bag that sorts what it holds, so they run side by side.
        EntityIndex? index = null;
        Parallel.Invoke(
            () => DuplicateCheck.Run(content, diagnostics),
            () => CommitmentCheck.Run(content, diagnostics),
            () => UrlCheck.Run(content, diagnostics),
            () =>
            {
                index = new EntityIndex(content);
                ReferenceCheck.Run(content, index, diagnostics);
                ParentCycleCheck.Run(index, diagnostics);
            });
        return index!;
    }
}
