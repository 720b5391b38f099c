using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class UsageCliTests
{
    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, "build", "--no-such-option");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("'--no-such-option'", run.Errors);
        Assert.Contains("Usage: briefings build [options]", run.Errors);
        Assert.Contains("Run 'briefings build --help' for more.", run.Errors);
        Assert.False(Directory.Exists(site.OutputPath));
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("new", "chapter", "X")]
    [InlineData("serve", "--port", "70000")]
    [InlineData("serve", "--base-path", "/a/../b")]
    public void Other_malformed_command_lines_are_usage_errors(params string[] args)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--help' for more.", run.Errors);
    }

    [Theory]
    [InlineData("error: Unrecognized command or argument 'serv'; did you mean 'serve'?", "serv")]
    [InlineData("error: Unrecognized command or argument '--minfy'; did you mean '--minify'?", "build", "--minfy")]
    [InlineData("error: Unrecognized option '--acept'; did you mean '--accept'?", "eject", "--acept", "brief.html")]
    [InlineData("error: the title is one argument; put it in quotes: \"Flood defence\"", "new", "topic", "Flood", "defence")]
    public void A_hurried_command_line_is_answered_with_the_one_meant(string answer, params string[] args)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(site.Root, args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(answer + "\n", run.Errors);
        Assert.DoesNotContain("Required command", run.Errors);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "templates")));
        Assert.False(File.Exists(Path.Combine(site.Root, "content", "topics", "flood-defence.md")));
    }

    [Fact]
    public void A_missing_config_is_a_usage_error()
    {
        var empty = Directory.CreateTempSubdirectory("briefings-tests-");
        try
        {
            var run = CliProcess.Run(empty.FullName, "check");

            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("no site configuration", run.Errors);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    [InlineData("new")]
    [InlineData("new", "brief")]
    [InlineData("init")]
    [InlineData("eject")]
    public void Every_command_has_help(params string[] command)
    {
        var run = CliProcess.Run(Path.GetTempPath(), [.. command, "--help"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        // Named as the installed command, not as the file that runs (Briefings.Cli.dll, or the native Briefings.Cli).
        Assert.Contains($"Usage:\n  {string.Join(' ', ["briefings", .. command])} ", run.Output);
    }
}
