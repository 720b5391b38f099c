using System.Diagnostics;
using System.Text;

namespace Briefings.Tests.Support;

/// <summary>A program a test runs to completion, with what it wrote; a program that outlives its limit fails the test.</summary>
public static class ChildProcess
{
    public static (int ExitCode, string Output, string Errors) Run(ProcessStartInfo start, TimeSpan limit)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        var shown = $"{Path.GetFileName(start.FileName)} {string.Join(' ', start.ArgumentList)}";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + shown);
        // Both streams are read as they come, so that a program filling one pipe never waits on a test reading the other.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{shown} did not finish within {limit}");
        }

        // The parameterless wait also waits for the redirected streams to be read to their end.
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
