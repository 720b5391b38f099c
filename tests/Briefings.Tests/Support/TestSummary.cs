using Xunit.Abstractions;

namespace Briefings.Tests.Support;

/// <summary>
/// The figures of the hardening checks (fuzz cases, pages checked, violations found), written to the
/// test's own output and gathered in TestResults/hardening-summary.txt, which .ci/run prints after the
/// test run: dotnet test shows a passing test's output only at detailed verbosity.
/// </summary>
public static class TestSummary
{
    private static readonly Lock Gate = new();

    public static string FilePath { get; } = Path.Combine(SampleSite.Root, "TestResults", "hardening-summary.txt");

    public static void Report(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllText(FilePath, line + "\n");
        }
    }
}
