using System.CommandLine;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: check, render and write the site; the previous output survives any failure.</summary>
internal static class BuildCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("build", "Build the site into the output folder (default: _site/ beside the config)");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = common.ToBuildOptions(result);
            var reporter = common.Reporter(result);
            if (!CheckCommand.ConfigExists(options, reporter) || !OutputFolder.IsSafe(options, reporter))
            {
                return ExitCodes.Usage;
            }

            var build = SiteBuilder.Build(options);
            reporter.Diagnostics(build.Diagnostics);
            reporter.Timings(build.Timings);
            if (!build.Succeeded)
            {
                reporter.Error($"Build failed: {Reporter.Count(build.Diagnostics)}; the output folder was left as it was.");
                return ExitCodes.ContentErrors;
            }

            var graph = build.Graph!;
            reporter.Info($"Built {build.Pages} pages ({graph.Briefs.Count} briefs, {graph.People.Count} people, {graph.Organizations.Count} organizations, " +
                $"{graph.Commitments.Count} commitments, {graph.Topics.Count} topics) in {build.Timings.Total.TotalMilliseconds:F0} ms → {Display(build.OutputPath)}");
            reporter.Detail($"  {build.FilesWritten} files written, {build.FilesUnchanged} unchanged");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
