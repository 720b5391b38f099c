namespace Briefings.Cli.Progress;

/// <summary>One line per finished stage, for logs and pipes.</summary>
internal sealed class PlainStageLines(Reporter reporter) : IProgress<StageTiming>
{
    public void Report(StageTiming value) => reporter.Stage(value);
}
