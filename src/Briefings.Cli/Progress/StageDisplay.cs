using Spectre.Console;

namespace Briefings.Cli.Progress;

/// <summary>
/// Runs a build or check with its stages on screen: a live display on a terminal, and plain lines
/// (with --verbose) when output is redirected, where cursor movement would only garble a log.
/// </summary>
internal static class StageDisplay
{
    public static T Run<T>(Reporter reporter, string title, BuildOptions options, Func<BuildOptions, T> work)
    {
        if (reporter.Quiet)
        {
            return work(options);
        }

        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return reporter.Verbose ? work(options with { Progress = new PlainStageLines(reporter) }) : work(options);
        }

        // The display must not cost the build: if it fails before the work starts, the work runs without it,
        // and once the work has started only the work's own failure is passed on.
        var started = false;
        var finished = false;
        T result = default!;
        try
        {
            AnsiConsole.Progress()
                .AutoClear(!reporter.Verbose)
                .HideCompleted(false)
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new StageTimeColumn())
                .Start(context =>
                {
                    var live = new DisplayGuard(new LiveStages(context, title));
                    started = true;
                    result = work(options with { Progress = live });
                    finished = true;
                    live.Finish();
                });
        }
        catch (Exception) when (!started || finished)
        {
            // The display failed around the work, not in it.
        }

        return finished ? result : work(options);
    }
}
