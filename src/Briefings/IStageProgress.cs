namespace Briefings;

/// <summary>Hears each build stage start and finish, in the order they run; a display, or a log of timings.</summary>
public interface IStageProgress
{
    void Started(string stage);

    void Finished(StageTiming timing);
}
