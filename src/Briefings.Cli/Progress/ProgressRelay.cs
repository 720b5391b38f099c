namespace Briefings.Cli.Progress;

/// <summary>
/// A fixed progress sink whose destination can change: a long-lived session keeps one set of options,
/// but only its first build has a live display to report to.
/// </summary>
internal sealed class ProgressRelay : IStageProgress
{
    public IStageProgress? Target { get; set; }

    public void Started(string stage) => Target?.Started(stage);

    public void Finished(StageTiming timing) => Target?.Finished(timing);
}
