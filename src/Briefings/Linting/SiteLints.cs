using Briefings.Diagnostics;
using Briefings.Graph;

namespace Briefings.Linting;

/// <summary>
/// The rules that read the finished graph for what is valid but most often a mistake: each reports warnings only,
/// so a site builds as before and <c>--strict</c> makes them count.
/// </summary>
public static class SiteLints
{
    public static void Run(ContentGraph graph, DiagnosticBag diagnostics) => Parallel.Invoke(
        () => UnmentionedLint.Run(graph, diagnostics),
        () => NearNameLint.Run(graph, diagnostics),
        () => SourcelessCommitmentLint.Run(graph, diagnostics));
}
