using System.CommandLine;
using Briefings.Cli.Progress;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings check</c>: load and validate everything, write nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("check", "Validate content, references and links without writing any output");
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = common.ToBuildOptions(result);
            var reporter = common.Reporter(result);
            if (!ConfigExists(options, reporter))
            {
                return ExitCodes.Usage;
            }

            var analysis = StageDisplay.Run(reporter, "check", options, SiteBuilder.Analyze);
            reporter.Diagnostics(analysis.Diagnostics);
            var failed = analysis.Failed(options.Strict);
            if (analysis.Graph is { } graph)
            {
                reporter.Info($"Checked {graph.Briefs.Count} briefs, {graph.People.Count} people, {graph.Organizations.Count} organizations, " +
                    $"{graph.Commitments.Count} commitments, {graph.Topics.Count} topics: {Reporter.Count(analysis.Diagnostics)}");
            }

            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A missing config is a usage error (wrong folder or wrong --config), not a content error.</summary>
    public static bool ConfigExists(BuildOptions options, Reporter reporter)
    {
        if (File.Exists(options.ConfigPath))
        {
            return true;
        }

        reporter.Error($"error: no site configuration at '{options.ConfigPath}'; run in a site folder, pass --config, or create a site with 'briefings init <dir>'");
        return false;
    }
}
