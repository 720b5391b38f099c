using System.Diagnostics;
using System.Text;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

/// <summary>
/// The tool run as a person runs it: on a terminal, where it draws its stages live. Every other CLI test
/// redirects the output, so none saw the first command of the README crash there. Each runs the built tool
/// under a pseudo-terminal (util-linux's <c>script</c>) with TERM set, and asserts the display was drawn
/// (its cursor control sequences and every stage the build ran), then the summary.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class TerminalTests
{
    private const string HideCursor = "\u001b[?25l";
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public void Build_on_a_terminal_draws_every_stage_and_ends_with_the_summary()
    {
        using var site = SampleSite.Copy();
        var stages = SiteBuilder.Build(site.Options() with { OutputPath = Path.Combine(site.Root, "reference") }).Timings.Stages.Select(s => s.Stage).ToList();

        var (exitCode, screen) = Run(site.Root, "build");

        Assert.True(exitCode == 0, screen);
        Assert.Contains(HideCursor, screen);
        Assert.All(stages, stage => Assert.Contains($"✓\u001b[0m {stage}", screen));
        Assert.Matches(@"Built \d+ pages \(.*\) in \d+ ms → _site", screen);
        Assert.DoesNotContain("Exception", screen);
    }

    [Fact]
    public void Check_on_a_terminal_draws_every_stage_and_ends_with_the_summary()
    {
        using var site = SampleSite.Copy();
        var stages = SiteBuilder.Analyze(site.Options()).Timings.Stages.Select(s => s.Stage).ToList();

        var (exitCode, screen) = Run(site.Root, "check");

        Assert.True(exitCode == 0, screen);
        Assert.Contains(HideCursor, screen);
        Assert.All(stages, stage => Assert.Contains($"✓\u001b[0m {stage}", screen));
        Assert.Matches(@"Checked \d+ briefs, .*: 0 errors, 0 warnings", screen);
    }

    [Fact]
    public async Task Serve_on_a_terminal_draws_the_first_build_then_prints_its_address()
    {
        using var site = SampleSite.Copy();
        var stages = SiteBuilder.Build(site.Options() with { OutputPath = Path.Combine(site.Root, "reference") }).Timings.Stages.Select(s => s.Stage).ToList();
        // Its own output folder inside the site copy: the kill below leaves serve no time to remove a temporary one.
        using var process = Process.Start(Script(site.Root, "serve", "--port", "0", "--out", "preview"))!;
        var screen = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (screen)
                {
                    screen.Append(buffer, 0, read);
                }
            }
        });
        string Screen()
        {
            lock (screen)
            {
                return screen.ToString();
            }
        }

        try
        {
            var served = await CliProcess.Eventually(() => Task.FromResult(Screen().Contains("Serving at http://127.0.0.1:", StringComparison.Ordinal)), Limit);

            Assert.True(served, Screen());
            Assert.Contains(HideCursor, Screen());
            Assert.All(stages, stage => Assert.Contains($"✓\u001b[0m {stage}", Screen()));
            Assert.Matches(@"Built \d+ pages", Screen());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await reading;
        }
    }

    private static (int ExitCode, string Screen) Run(string folder, params string[] args)
    {
        using var process = Process.Start(Script(folder, args))!;
        var screen = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"briefings {string.Join(' ', args)} did not finish on a terminal within {Limit}:\n{screen.Result}");
        }

        process.WaitForExit();
        return (process.ExitCode, screen.Result);
    }

    /// <summary>
    /// util-linux's script gives the command a pseudo-terminal and copies what it draws to its own standard
    /// output; -e passes on the command's exit code.
    /// </summary>
    private static ProcessStartInfo Script(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("script")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-qec");
        start.ArgumentList.Add(string.Join(' ', CliProcess.Command(args).Select(Quote)));
        start.ArgumentList.Add("/dev/null");
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["COLUMNS"] = "120";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // A person's terminal, not a CI job's: Spectre turns the live display off where it sees one of these.
        foreach (var name in new[] { "NO_COLOR", "CI", "GITHUB_ACTIONS", "GITLAB_CI", "TF_BUILD", "JENKINS_URL", "TEAMCITY_VERSION", "TRAVIS", "APPVEYOR", "BUILDKITE" })
        {
            start.Environment.Remove(name);
        }

        return start;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
