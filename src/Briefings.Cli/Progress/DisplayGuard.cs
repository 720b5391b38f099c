namespace Briefings.Cli.Progress;

/// <summary>
/// The live display is decoration: a fault in it must never fail the build it shows. The first exception
/// it throws turns it off for the rest of the run, and the build goes on without it.
/// </summary>
internal sealed class DisplayGuard(LiveStages display) : IStageProgress
{
    private bool _broken;

    public void Started(string stage) => Guard(() => display.Started(stage));

    public void Finished(StageTiming timing) => Guard(() => display.Finished(timing));

    public void Finish() => Guard(display.Finish);

    private void Guard(Action show)
    {
        if (_broken)
        {
            return;
        }

        try
        {
            show();
        }
        catch (Exception)
        {
            _broken = true;
        }
    }
}
