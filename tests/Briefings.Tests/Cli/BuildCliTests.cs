using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed class BuildCliTests
{
    [Fact]
    public void Build_writes_the_site_and_closes_with_a_summary()
    {
        using var site = SampleSite.Copy();
        var graph = SampleSite.Analyze().Graph!;

        var run = CliProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(
            $@"^Built \d+ pages \({graph.Briefs.Count} briefs, {graph.People.Count} people, {graph.Organizations.Count} organizations, " +
            $@"{graph.Commitments.Count} commitments, {graph.Topics.Count} topics\) in \d+ ms → _site\n$",
            run.Output);
        Assert.Equal("", run.Errors);
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "index.html")));
    }

    /// <summary>
    /// A site too big for the memory the process may take: a sentence that says so and what to do, exit code 3, and the
    /// last site as it was, never a stack trace (System.CommandLine's handler printed one per thread that ran out). The
    /// collector's hard limit, read as hexadecimal, stands in for a container's: 8 MiB, too little for this build (it
    /// fits in 48) but enough for the tool to start.
    /// </summary>
    [Fact]
    public void A_build_that_runs_out_of_memory_says_so_and_leaves_the_last_site_as_it_was()
    {
        using var site = TestSite.Create(GeneratedSite.Files(1000, seed: 3));
        Assert.True(CliProcess.Run(site.Root, "build").ExitCode == 0);
        var before = FolderHashes.Of(site.OutputPath);

        var run = CliProcess.Run(site.Root, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "800000", ["DOTNET_gcServer"] = "0" }, "build");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.StartsWith("error: Briefings ran out of memory and stopped", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, FolderHashes.Of(site.OutputPath));
        Assert.Equal([Path.GetFileName(site.OutputPath)], Directory.GetDirectories(Path.GetDirectoryName(site.OutputPath)!).Select(Path.GetFileName).Where(n => n!.Contains("_site", StringComparison.Ordinal)));
    }

    /// <summary>
    /// Scriban finds its built-in functions by reflection, which the natively compiled tool keeps only where told
    /// to: one function of each class that no other code calls, from a site's own template (run with
    /// BRIEFINGS_TEST_CLI to check the native tool; date.parse was missing from it until kept).
    /// </summary>
    [Fact]
    public void A_sites_template_can_call_every_kind_of_built_in_function()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + """
            -- templates/topics.html --
            [{{ date.parse "2025-01-02" | date.to_string "%Y/%m/%d" }}|{{ "a-b" | string.replace "-" "+" }}|{{ [3, 1, 2] | array.sort | array.join "," }}|{{ 1.25 | math.round 1 }}|{{ "<b>x</b>" | html.strip }}|{{ {a: 1, b: 2} | object.keys | array.join "" }}|{{ regex.replace "a1b2" "[0-9]" "#" }}|{{ timespan.from_hours 2 | object.format "c" }}]
            """);

        var run = CliProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[2025/01/02|a+b|1,2,3|1.2|x|ab|a#b#|02:00:00]", site.Read("_site/topics/index.html"));
    }

    [Fact]
    public void Verbose_says_once_which_template_and_construct_left_the_templates_to_the_interpreter()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + """
            -- templates/topics.html --
            {{ capture heading }}Topics{{ end }}<h1>{{ heading }}</h1>
            """);
        const string Line = "Templates run through Scriban's interpreter, not compiled: templates/topics.html(1,4): capture statement `capture heading`";

        var verbose = CliProcess.Run(site.Root, "build", "--verbose");
        var plain = CliProcess.Run(site.Root, "build");

        Assert.True(verbose.ExitCode == 0, verbose.ToString());
        Assert.Single(verbose.Output.Split('\n'), line => line == Line);
        Assert.DoesNotContain("interpreter", plain.Output);
        Assert.Contains("<h1>Topics</h1>", site.Read("_site/topics/index.html"));

        // With the capture gone the templates compile, and there is nothing to say.
        site.Write("templates/topics.html", "<h1>Topics</h1>\n");
        var compiled = CliProcess.Run(site.Root, "build", "--verbose");
        Assert.True(compiled.ExitCode == 0, compiled.ToString());
        Assert.DoesNotContain("interpreter", compiled.Output);
    }

    [Fact]
    public void Built_pages_never_hold_the_live_reload_script()
    {
        using var site = SampleSite.Copy();

        var run = CliProcess.Run(site.Root, "build", "--out", "public");

        Assert.True(run.ExitCode == 0, run.ToString());
        var pages = Directory.GetFiles(Path.Combine(site.Root, "public"), "*.html", SearchOption.AllDirectories);
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.DoesNotContain("__briefings", File.ReadAllText(page)));
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_verbose_prints_each_stage()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var quiet = CliProcess.Run(site.Root, "build", "--quiet");
        var verbose = CliProcess.Run(site.Root, "build", "--verbose");

        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Equal("", quiet.Output + quiet.Errors);
        Assert.True(verbose.ExitCode == 0, verbose.ToString());
        foreach (var stage in new[] { "load", "check", "markdown", "graph", "templates", "models", "render", "swap" })
        {
            Assert.Matches($@"(?m)^  {stage} +\d+ ms$", verbose.Output);
        }
    }

    [Fact]
    public void A_faulty_site_fails_with_exit_code_1_and_leaves_no_output()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\nspeakers: [keir-starmr]"));

        var run = CliProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("content/briefs/2025-12-15-x.md(4,12): error BRF012: unknown speaker 'keir-starmr'; did you mean 'keir-starmer'?", run.Errors);
        Assert.False(Directory.Exists(site.OutputPath));
    }
}
