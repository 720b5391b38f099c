using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class CheckCliTests
{
    [Fact]
    public void Check_passes_on_the_sample_site_and_writes_nothing()
    {
        using var site = SampleSite.Copy();

        var run = CliProcess.Run(site.Root, "check");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.EndsWith(": 0 errors, 0 warnings\n", run.Output);
        Assert.Equal("", run.Errors);
        Assert.False(Directory.Exists(site.OutputPath));
    }

    [Fact]
    public void Check_fails_with_exit_code_1_and_reports_every_problem()
    {
        using var site = TestSite.Create(Sites.WithBrief("""
            title: x
            date: 2025-13-45
            speakers: [keir-starmr]
            """));

        var run = CliProcess.Run(site.Root, "check");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("content/briefs/2025-12-15-x.md(3,7): error BRF015:", run.Errors);
        Assert.Contains("content/briefs/2025-12-15-x.md(4,12): error BRF012:", run.Errors);
        Assert.Contains("2 errors, 0 warnings", run.Output);
    }

    [Fact]
    public void Strict_turns_a_warning_into_a_failure()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief + "\ntags: x"));

        var relaxed = CliProcess.Run(site.Root, "check");
        var strict = CliProcess.Run(site.Root, "check", "--strict");

        Assert.True(relaxed.ExitCode == 0, relaxed.ToString());
        Assert.Contains("warning BRF017", relaxed.Errors);
        Assert.True(strict.ExitCode == 1, strict.ToString());
    }

    [Fact]
    public void Check_finds_the_site_through_config()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var run = CliProcess.Run(Path.GetTempPath(), "check", "--config", site.ConfigPath);

        Assert.True(run.ExitCode == 0, run.ToString());
    }
}
