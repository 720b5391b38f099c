namespace Briefings.Content;

/// <summary>Work a stage starts beside its own, which must be over before what it uses goes away.</summary>
internal static class SideTasks
{
    /// <summary>
    /// Waits for <paramref name="tasks"/> without throwing: their failures are reported where the stage awaits
    /// them, or are past caring about after the failure that is already ending the stage.
    /// </summary>
    public static void WaitQuietly(params Task[] tasks)
    {
        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException)
        {
            // Reported elsewhere, as above.
        }
    }
}
