using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Outputs.Pages.Templates;

namespace Briefings;

/// <summary>
/// The templates of a build, loaded and compiled beside its analysis, which they need nothing from: after the graph,
/// they kept one core busy and the other idle (~9 ms of 10,000 briefs). What loading them finds waits in a bag of its
/// own, and joins the build's only where the build goes on to the templates, as when they were loaded there.
/// </summary>
internal sealed class TemplatesBeside : IDisposable
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Task<TemplateSet> _loading;

    private TemplatesBeside(BuildRun run) =>
        _loading = Task.Run(() => TemplateSet.Load(run.Source, _diagnostics, compile: !run.Options.InterpretTemplates, run.Options.Theme));

    public static TemplatesBeside Start(BuildRun run) => new(run);

    /// <summary>The templates, once loaded, with what loading them found added to the build's diagnostics; null after an error.</summary>
    public TemplateSet? Join(BuildRun run)
    {
        var templates = run.Timings.Measure("templates", () => _loading.GetAwaiter().GetResult());
        foreach (var diagnostic in _diagnostics.Sorted())
        {
            run.Diagnostics.Add(diagnostic);
        }

        return run.Diagnostics.HasErrors ? null : templates;
    }

    /// <summary>Waits for the loading where the build ended before it joined it: nothing of a build may outlive it.</summary>
    public void Dispose() => SideTasks.WaitQuietly(_loading);
}
