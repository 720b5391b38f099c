using Spectre.Console;

namespace Briefings.Cli.Progress;

/// <summary>
/// Runs a build or check with its stages on screen: a live display on a terminal, and plain lines
/// (with --verbose) when output is redirected, where cursor movement would only garble a log.
/// </summary>
internal static class StageDisplay
{
    public static readonly IReadOnlyList<string> BuildStages = ["load", "check", "markdown", "graph", "templates", "render", "feeds", "data", "search", "write", "swap"];

    public static readonly IReadOnlyList<string> CheckStages = ["load", "check", "markdown", "graph"];

    public static T Run<T>(Reporter reporter, string title, BuildOptions options, IReadOnlyList<string> stages, Func<BuildOptions, T> work)
    {
        if (reporter.Quiet)
        {
            return work(options);
        }

        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return reporter.Verbose ? work(options with { Progress = new PlainStageLines(reporter) }) : work(options);
        }

        return AnsiConsole.Progress()
            .AutoClear(!reporter.Verbose)
            .HideCompleted(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new StageTimeColumn())
            .Start(context =>
            {
                var live = new LiveStages(context, title, stages);
                var result = work(options with { Progress = live });
                live.Finish();
                return result;
            });
    }
}
