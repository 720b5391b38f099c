using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings;

/// <summary>The outcome of loading and checking a site: its graph (when it could be built) and every diagnostic.</summary>
public sealed record SiteAnalysis(ContentGraph? Graph, IReadOnlyList<Diagnostic> Diagnostics, StageTimings Timings)
{
    public bool Failed(bool strict) => Graph is null || Diagnostics.Any(d => d.IsError || strict);
}
