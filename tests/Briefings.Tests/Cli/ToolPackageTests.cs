using System.Diagnostics;
using System.Reflection;
using Briefings.Tests.Support;
using Xunit.Abstractions;

namespace Briefings.Tests.Cli;

/// <summary>
/// The CLI as an author installs it: packed as a .NET tool, installed into a tool folder, and run by its command
/// name, <c>briefings</c>, on a site it makes. The package is packed from the build these tests run against
/// (<c>--no-build</c>, same configuration), so the test checks the packaging, not a second compile. The install
/// reads only the folder the package was packed into (<c>--source</c>, not <c>--add-source</c>): no network, and no
/// package of the same name from nuget.org in its place.
/// </summary>
[Collection(CliCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ToolPackageTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_packed_tool_installs_as_briefings_and_makes_builds_and_checks_a_site()
    {
        var work = Directory.CreateTempSubdirectory("briefings-tool-");
        try
        {
            var (pack, tools, site) = (Path.Combine(work.FullName, "pack"), Path.Combine(work.FullName, "tools"), Path.Combine(work.FullName, "site"));
            var configuration = typeof(ToolPackageTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
            var project = Path.Combine(SampleSite.Root, "src", "Briefings.Cli");

            var clock = Stopwatch.StartNew();
            Run(work.FullName, CliProcess.DotnetHost(), "pack", project, "--no-build", "-c", configuration, "-o", pack);
            var package = Assert.Single(Directory.GetFiles(pack, "*.nupkg"));
            var packageVersion = Path.GetFileNameWithoutExtension(package)["Briefings.Cli.".Length..];
            Run(work.FullName, CliProcess.DotnetHost(), "tool", "install", "--tool-path", tools, "--source", pack, "Briefings.Cli");
            var installed = clock.Elapsed;

            var briefings = Path.Combine(tools, OperatingSystem.IsWindows() ? "briefings.exe" : "briefings");
            var version = Run(work.FullName, briefings, "--version");
            var init = Run(work.FullName, briefings, "init", "site");
            var build = Run(site, briefings, "build");
            var check = Run(site, briefings, "check", "--strict");

            Assert.Equal(packageVersion, version.Trim().Split('+')[0]);
            Assert.Contains("briefings serve", init);
            Assert.StartsWith("Built ", build);
            Assert.True(File.Exists(Path.Combine(site, "_site", "briefs", "mayor-promises-a-flood-barrier", "index.html")));
            Assert.EndsWith(": 0 errors, 0 warnings\n", check);
            TestSummary.Report(output, $"tool: {Path.GetFileName(package)} packed and installed as briefings in {installed.TotalSeconds:0.0} s; --version, init, build, check --strict ran");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>Runs a command to completion, fails the test unless it exits with 0, and returns its standard output.</summary>
    private string Run(string folder, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["NO_COLOR"] = "1";
        // The installed command finds the .NET runtime as an author's shell would tell it to, when .NET is not
        // installed where the command looks by default (a CI machine's SDK in ~/.dotnet).
        if (Path.GetDirectoryName(CliProcess.DotnetHost()) is { Length: > 0 } dotnetRoot)
        {
            start.Environment["DOTNET_ROOT"] = dotnetRoot;
        }

        var (exitCode, stdout, stderr) = ChildProcess.Run(start, RunLimit);
        output.WriteLine($"$ {Path.GetFileName(file)} {string.Join(' ', args)}\n{stdout}{stderr}");
        Assert.True(exitCode == 0, $"{file} {string.Join(' ', args)} exited with {exitCode}:\n{stdout}\n{stderr}");
        return stdout;
    }
}
