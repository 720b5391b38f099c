using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings.Checking;

/// <summary>The cross-file checks, run after loading and before the graph is built; every rule reports all it finds.</summary>
public static class ContentChecker
{
    public static EntityIndex Check(LoadedContent content, DiagnosticBag diagnostics)
    {
        DuplicateCheck.Run(content, diagnostics);
        var index = new EntityIndex(content);
        ReferenceCheck.Run(content, index, diagnostics);
        CommitmentCheck.Run(content, diagnostics);
        ParentCycleCheck.Run(index, diagnostics);
        UrlCheck.Run(content, diagnostics);
        return index;
    }
}
