using System.Diagnostics;
using System.Text.Json;
using Briefings.Tests.Support;
using Xunit.Abstractions;

namespace Briefings.Tests.Validity;

/// <summary>
/// The Nu Html Checker (vnu.jar, from the npm package vnu-jar, run with Java) over every HTML file of the
/// built sample site: as built, two to a page (where its lists run over pages of their own), and built with --minify;
/// and the pages only publishing makes. .ci/run installs both and sets VNU_JAR; elsewhere the test skips with a reason,
/// except in CI (CI=true), where a missing checker is a failure.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HtmlValidityTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Nu_html_checker_reports_no_error_on_any_page_of_the_sample_site(bool minified)
    {
        var jar = Jar();
        var sites = minified
            ? new[] { ("minified: ", SampleSite.BuiltMinified) }
            : new[] { ("", SampleSite.Built), ("paginate: 2, ", SampleSite.Paged) };
        Check(jar, [.. sites.Select(s => (s.Item1, s.Item2, s.Item2.HtmlFiles()))],
            $"the sample site{(minified ? " built with --minify" : ", as it is and two to a page,")}");
    }

    /// <summary>The pages only publishing makes, from the sample site with the <see cref="PublishingProbe"/> briefs.</summary>
    [SkippableFact]
    public void Nu_html_checker_reports_no_error_on_the_retracted_expired_and_redirect_pages()
    {
        var jar = Jar();
        using var copy = SampleSite.Copy();
        PublishingProbe.AddTo(copy);
        var site = BuiltSite.From(copy.ConfigPath, copy.OutputPath, asOf: TestDates.SampleAsOf);
        Check(jar, [("", site, [PublishingProbe.RetractedBrief, PublishingProbe.ExpiredBrief, PublishingProbe.Redirect, PublishingProbe.Corrections, "index.html"])],
            "the publishing probe");
    }

    /// <summary>The Ukrainian test site: interface in Ukrainian, <c>lang="uk"</c>, and a quote in English with its own <c>lang</c>.</summary>
    [SkippableFact]
    public void Nu_html_checker_reports_no_error_on_the_pages_of_the_Ukrainian_site()
    {
        var jar = Jar();
        var site = Languages.UkrainianSite.Built;
        Check(jar, [("uk: ", site, site.HtmlFiles())], "the Ukrainian test site");
    }

    private static string Jar()
    {
        var jar = Environment.GetEnvironmentVariable("VNU_JAR");
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip.If(string.IsNullOrEmpty(jar) && !inCi, "VNU_JAR is not set; .ci/run installs vnu-jar and Java and sets it");
        Assert.True(File.Exists(jar), $"VNU_JAR must name vnu.jar; it is '{jar}'");
        return jar!;
    }

    private void Check(string jar, (string Name, BuiltSite Site, IReadOnlyList<string> Files)[] sites, string what)
    {
        var pages = sites.SelectMany(s => s.Files.Select(f => Path.Combine(s.Site.Output, f))).ToList();
        var (exitCode, report) = RunVnu(["-jar", jar, "--errors-only", "--format", "json", .. pages]);

        var messages = JsonDocument.Parse(report).RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Named(sites, LocalPath(m.GetProperty("url").GetString() ?? ""))}" +
                $"({(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}): {m.GetProperty("type").GetString()}: {m.GetProperty("message").GetString()}")
            .ToList();
        TestSummary.Report(output, $"vnu: {pages.Count} HTML files of {what} checked, {messages.Count} errors");
        Assert.True(messages.Count == 0 && exitCode == 0, $"vnu exited with {exitCode}:\n" + string.Join("\n", messages));
    }

    /// <summary>A checked file by its path in its site, after the site's name.</summary>
    private static string Named((string Name, BuiltSite Site, IReadOnlyList<string> Files)[] sites, string file)
    {
        var (name, site, _) = sites.FirstOrDefault(s => file.StartsWith(s.Site.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return site is null ? file : name + Path.GetRelativePath(site.Output, file);
    }

    /// <summary>vnu names files as "file:/path", which System.Uri does not take.</summary>
    private static string LocalPath(string url) => Uri.UnescapeDataString(url.StartsWith("file:", StringComparison.Ordinal) ? url[5..] : url);

    /// <summary>Runs Java and returns its exit code and the JSON report, which vnu writes to stderr.</summary>
    private static (int ExitCode, string Report) RunVnu(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("java");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var (exitCode, stdout, stderr) = ChildProcess.Run(start, RunLimit);
        var report = stderr.Trim();
        Assert.True(report.StartsWith('{'), $"vnu did not report JSON:\n{report}\n{stdout}");
        return (exitCode, report);
    }
}
