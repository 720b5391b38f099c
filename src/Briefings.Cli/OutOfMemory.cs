namespace Briefings.Cli;

/// <summary>
/// What a command that ran out of memory says: a site too big for the memory the machine or its container allows is
/// the author's situation to fix, not a crash to read a stack trace of. System.CommandLine's own handler printed the
/// whole exception, twice over when two threads ran out at once.
/// </summary>
internal static class OutOfMemory
{
    public static string Message =>
        "error: Briefings ran out of memory and stopped: the process was refused more (a limit on the machine or its container?). " +
        "A build writes into a staging folder and swaps it in only at the end, so the output folder is as it was. " +
        "A 10,000-brief site needs about 650 MiB, a 100,000-brief site about 1.6 GiB; give the process more memory and run it again.";

    /// <summary>
    /// Removes the staging folder the build was writing, where running out of memory struck while it was being removed:
    /// now that the build has unwound, what it held is free. Where even that fails, the next build removes it.
    /// </summary>
    public static void Tidy()
    {
        try
        {
            GC.Collect();
            Briefings.Writing.SiteWriter.RemoveAbandoned();
        }
        catch (OutOfMemoryException)
        {
            // Left for the next build, which removes the staging folders of builds that did not end.
        }
    }

    /// <summary>Whether <paramref name="e"/> is, or was caused by, running out of memory on any thread of the command.</summary>
    public static bool IsCause(Exception e) => e switch
    {
        OutOfMemoryException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Any(IsCause),
        _ => e.InnerException is { } inner && IsCause(inner),
    };
}
