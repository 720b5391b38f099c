namespace Briefings.Cli.Progress;

/// <summary>
/// A fixed progress sink whose destination can change: a long-lived session keeps one set of options,
/// but only its first build has a live display to report to.
/// </summary>
internal sealed class ProgressRelay : IProgress<StageTiming>
{
    public IProgress<StageTiming>? Target { get; set; }

    public void Report(StageTiming value) => Target?.Report(value);
}
