namespace Briefings.Cli.Progress;

/// <summary>One line per finished stage, for logs and pipes.</summary>
internal sealed class PlainStageLines(Reporter reporter) : IStageProgress
{
    public void Started(string stage)
    {
    }

    public void Finished(StageTiming timing) => reporter.Stage(timing);
}
