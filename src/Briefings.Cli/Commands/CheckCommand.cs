using System.CommandLine;
using Briefings.Cli.Formats;
using Briefings.Content;
using Briefings.Cli.Progress;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings check</c>: load and validate everything, write nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("check", "Validate content, references and links without writing any output");
        var format = new Option<DiagnosticFormat>("--format")
        {
            Description = "How to report: text lines (default), or one JSON or SARIF 2.1.0 document on standard output for CI tools",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
        };
        command.Options.Add(format);
        common.AddTo(command);
        command.SetAction(result =>
        {
            var options = common.ToBuildOptions(result);
            var machine = result.GetValue(format) != DiagnosticFormat.Text;
            // A document on standard output must be the only thing there: progress and the summary go to standard error.
            var reporter = machine ? new Reporter(Console.Error, Console.Error, quiet: true, verbose: false) : common.Reporter(result);
            if (!ConfigExists(options, reporter))
            {
                return ExitCodes.Usage;
            }

            var analysis = StageDisplay.Run(reporter, "check", options, SiteBuilder.Analyze);
            var failed = analysis.Failed(options.Strict);
            switch (result.GetValue(format))
            {
                case DiagnosticFormat.Json:
                    WriteDocument(stream => JsonDiagnostics.Write(stream, analysis.Diagnostics));
                    break;
                case DiagnosticFormat.Sarif:
                    WriteDocument(stream => SarifLog.Write(stream, analysis.Diagnostics, SiteSource.FromConfig(options.ConfigPath).Root));
                    break;
                default:
                    reporter.Diagnostics(analysis.Diagnostics);
                    break;
            }

            if (analysis.Graph is { } graph && !result.GetValue(common.Quiet))
            {
                (machine ? Console.Error : Console.Out).WriteLine(
                    $"Checked {graph.Briefs.Count} briefs, {graph.People.Count} people, {graph.Organizations.Count} organizations, " +
                    $"{graph.Commitments.Count} commitments, {graph.Topics.Count} topics: {Reporter.Count(analysis.Diagnostics)}");
            }

            return failed ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    private static void WriteDocument(Action<Stream> write)
    {
        using var stdout = Console.OpenStandardOutput();
        write(stdout);
        stdout.WriteByte((byte)'\n');
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
