using System.Diagnostics;
using System.Text.Json;
using Briefings.Tests.Support;
using Xunit.Abstractions;

namespace Briefings.Tests.Cli;

/// <summary>
/// <c>check --format json</c> and <c>--format sarif</c>: the same diagnostics as the text lines, in documents CI tools
/// read. The SARIF log is also validated by the SARIF Multitool (npm @microsoft/sarif-multitool, its validate verb),
/// which .ci/run installs and names in SARIF_MULTITOOL; elsewhere that test skips, except in CI, where it fails.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class CheckFormatTests(ITestOutputHelper output)
{
    /// <summary>Two errors on one line, the first after Cyrillic and an emoji (two UTF-16 code units), which SARIF's columns count.</summary>
    private static TestSite Faulty() => TestSite.Create(Sites.WithBrief("""
        title: x
        date: 2025-12-15
        speakers: ["Зеленськии 😀", keir-starmr]
        """));

    /// <summary>No error, so the lints run: warnings on a person's file (1,1) and at a source's date.</summary>
    private static TestSite Linted() => TestSite.Create(Sites.WithBrief("""
        title: x
        date: 2025-12-08
        speakers: [keir-starmer]
        source: { title: "Report", date: 2025-12-15 }
        """) + """
        -- content/people/anna-kovalenko.md --
        ---
        name: Anna Kovalenko
        ---
        """);

    [Fact]
    public void Json_holds_every_diagnostic_of_the_text_lines_and_nothing_else_goes_to_standard_output()
    {
        using var site = Faulty();

        var text = CliProcess.Run(site.Root, "check");
        var json = CliProcess.Run(site.Root, "check", "--format", "json");

        Assert.True(json.ExitCode == 1, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var root = document.RootElement;
        Assert.Equal("briefings", root.GetProperty("tool").GetString());
        Assert.Equal(2, root.GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetInt32());
        var lines = root.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("file").GetString()}({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()}): " +
                $"{d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}: {d.GetProperty("message").GetString()}")
            .ToList();
        Assert.Equal(text.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries), lines);
        Assert.Contains("content/briefs/2025-12-15-x.md(4,29): error BRF012: unknown speaker 'keir-starmr'", lines[1]);
        // The summary a person reads goes to standard error, beside the document, not into it.
        Assert.StartsWith("Checked 1 briefs", json.Errors);
    }

    [Fact]
    public void Sarif_results_point_at_the_same_files_lines_and_columns_relative_to_the_site()
    {
        using var site = Linted();

        var json = JsonDocument.Parse(CliProcess.Run(site.Root, "check", "--format", "json").Output).RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var sarif = CliProcess.Run(site.Root, "check", "--format", "sarif");

        Assert.True(sarif.ExitCode == 0, sarif.ToString());
        using var document = JsonDocument.Parse(sarif.Output);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var run = document.RootElement.GetProperty("runs")[0];
        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Equal(new Uri(site.Root + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("SITEROOT").GetProperty("uri").GetString());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(json.Count, results.Count);
        foreach (var (result, expected) in results.Zip(json))
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal(expected.GetProperty("code").GetString(), result.GetProperty("ruleId").GetString());
            Assert.Equal(expected.GetProperty("code").GetString(), rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal("warning", result.GetProperty("level").GetString());
            Assert.Equal(expected.GetProperty("message").GetString(), result.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(expected.GetProperty("file").GetString(), location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("SITEROOT", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            Assert.Equal(expected.GetProperty("line").GetInt32(), location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(expected.GetProperty("column").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32());
        }

        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "BRF083" && r.GetProperty("name").GetString() == "BriefBeforeSource" &&
            r.GetProperty("shortDescription").GetProperty("text").GetString() == "Brief before source.");
    }

    [SkippableFact]
    [Trait("Category", "Slow")]
    public void The_sarif_multitool_finds_no_error_in_the_log()
    {
        var tool = Environment.GetEnvironmentVariable("SARIF_MULTITOOL");
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip.If(string.IsNullOrEmpty(tool) && !inCi, "SARIF_MULTITOOL is not set; .ci/run installs @microsoft/sarif-multitool and sets it");
        Assert.True(File.Exists(tool), $"SARIF_MULTITOOL must name the Sarif.Multitool executable; it is '{tool}'");

        var problems = new List<string>();
        foreach (var (name, make) in new (string, Func<TestSite>)[] { ("errors", Faulty), ("lints", Linted) })
        {
            using var site = make();
            var log = Path.Combine(site.Root, "check.sarif");
            File.WriteAllText(log, CliProcess.Run(site.Root, "check", "--format", "sarif").Output);
            var report = Path.Combine(site.Root, "validation.sarif");
            var start = new ProcessStartInfo(tool!) { ArgumentList = { "validate", log, "--output", report, "--log", "ForceOverwrite" } };
            var (exitCode, stdout, stderr) = ChildProcess.Run(start, TimeSpan.FromMinutes(2));
            Assert.True(exitCode == 0 && File.Exists(report), $"the multitool exited with {exitCode}:\n{stdout}\n{stderr}");

            using var validation = JsonDocument.Parse(File.ReadAllText(report));
            var run = validation.RootElement.GetProperty("runs")[0];
            Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean(), stdout);
            // Schema violations (JSON1xxx) and the specification's rules (SARIF1xxx) are errors; SARIF2xxx are advice,
            // at SARIF's default level, a warning.
            var errors = run.GetProperty("results").EnumerateArray()
                .Where(r => r.TryGetProperty("level", out var level) && level.GetString() == "error")
                .Select(r => $"{name}: {r.GetProperty("ruleId").GetString()}: {r.GetProperty("message")}")
                .ToList();
            problems.AddRange(errors);
            TestSummary.Report(output, $"SARIF Multitool: the {name} log validated against SARIF 2.1.0, {errors.Count} errors");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
