using Briefings.Diagnostics;

namespace Briefings.Cli;

/// <summary>What the CLI tells the user: diagnostics on stderr, progress and summaries on stdout.</summary>
internal sealed class Reporter(TextWriter output, TextWriter errors, bool quiet, bool verbose)
{
    public bool Quiet { get; } = quiet;

    public bool Verbose { get; } = verbose;

    /// <summary>Each report is on stderr when its call returns: the writer may buffer, and is flushed here.</summary>
    public void Diagnostics(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            diagnostic.WriteTo(errors);
            errors.WriteLine();
        }

        errors.Flush();
    }

    public void Info(string line)
    {
        if (!Quiet)
        {
            output.WriteLine(line);
        }
    }

    public void Detail(string line)
    {
        if (Verbose && !Quiet)
        {
            output.WriteLine(line);
        }
    }

    public void Error(string line)
    {
        errors.WriteLine(line);
        errors.Flush();
    }

    public void Stage(StageTiming stage) => Detail($"  {stage.Stage,-10} {stage.Elapsed.TotalMilliseconds,8:F0} ms");

    public static string Count(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        return $"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}";
    }
}
