using System.CommandLine;
using System.Runtime;
using Briefings.Cli.Progress;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: check, render and write the site; the previous output survives any failure.</summary>
internal static class BuildCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("build", "Build the site into the output folder (default: _site/ beside the config)");
        common.AddTo(command);
        var profile = new Option<bool>("--profile") { Description = "Print each stage's time and allocation, and the process's CPU time and peak memory" };
        command.Options.Add(profile);
        var minify = new Option<bool>("--minify") { Description = "Write HTML pages and stylesheets without the whitespace and comments a reader never sees" };
        command.Options.Add(minify);
        command.SetAction(result =>
        {
            // The build is all this process does, so it may set the collector for itself (see CollectionPause).
            var options = common.ToBuildOptions(result) with { OwnsProcess = true, Minify = result.GetValue(minify) };
            var reporter = common.Reporter(result);
            if (!CheckCommand.ConfigExists(options, reporter) || !OutputFolder.IsOwned(options, reporter))
            {
                return ExitCodes.Usage;
            }

            // A build is a batch job: full collections that stop the threads cost less in all than background ones that
            // mark beside them. Kept as a measured fast path (bench/ab, 10,000 briefs, 12 alternating pairs): the runtime's
            // default took 1.042x the wall time (IQR 1.005-1.136); CollectorModeTests compares the outputs of both. serve
            // keeps the default, so that a collection does not hold up a page it is serving.
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            var build = StageDisplay.Run(reporter, "build", options, o => SiteBuilder.Build(o));
            if (build.OutputRefused is { } refusal)
            {
                // Changed during the build, after the check above.
                reporter.Error($"error: {refusal}");
                return ExitCodes.Usage;
            }

            reporter.Diagnostics(build.Diagnostics);
            if (!build.Succeeded)
            {
                reporter.Error($"Build failed: {Reporter.Count(build.Diagnostics)}; the output folder was left as it was.");
                return ExitCodes.ContentErrors;
            }

            reporter.Info(Summary.Built(build));
            if (Summary.Interpreted(build) is { } interpreted)
            {
                reporter.Detail(interpreted);
            }

            reporter.Detail($"  {build.FilesWritten} files written, {build.FilesUnchanged} unchanged");
            if (result.GetValue(profile))
            {
                ProfileReport.Print(Console.Out, build.Timings, build.HtmlSpilled);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
