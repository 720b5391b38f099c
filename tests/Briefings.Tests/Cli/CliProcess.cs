using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Briefings.Tests.Cli;

/// <summary>
/// The built <c>briefings</c> tool run as a separate process, as an author runs it: the test project
/// references the CLI project, so Briefings.Cli.dll sits beside the test assembly.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(_errors, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "Briefings.Cli.dll");

    /// <summary>
    /// A published tool to run instead of the built one, such as the natively compiled
    /// <c>dotnet publish src/Briefings.Cli -r linux-x64</c>: set BRIEFINGS_TEST_CLI to its path and the CLI
    /// tests check that tool as they check the one built here.
    /// </summary>
    private static string? PublishedTool => Environment.GetEnvironmentVariable("BRIEFINGS_TEST_CLI") is { Length: > 0 } path ? path : null;

    /// <summary>What the process has written to stdout so far.</summary>
    public string Output => Read(_output);

    /// <summary>What the process has written to stderr so far.</summary>
    public string Errors => Read(_errors);

    public bool HasExited => _process.HasExited;

    /// <summary>The command line that runs the tool with <paramref name="args"/>: the published tool, or the built one through dotnet.</summary>
    public static IReadOnlyList<string> Command(params string[] args) =>
        PublishedTool is { } tool ? [tool, .. args] : [DotnetHost(), DllPath, .. args];

    public static CliProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts the tool with <paramref name="environment"/> added to its environment.</summary>
    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(PublishedTool ?? DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (PublishedTool is null)
        {
            start.ArgumentList.Add(DllPath);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new CliProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start " + DllPath));
    }

    /// <summary>Runs the tool to completion and returns its exit code and output.</summary>
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Runs the tool to completion with <paramref name="environment"/> added to its environment.</summary>
    public static CliRun Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        if (!process._process.WaitForExit(RunLimit))
        {
            process.Kill();
            Assert.Fail($"briefings {string.Join(' ', args)} did not finish within {RunLimit}:\n{process.Output}\n{process.Errors}");
        }

        // The parameterless wait also waits for the redirected streams to be read to their end.
        process._process.WaitForExit();
        return new CliRun(process._process.ExitCode, process.Output, process.Errors);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds or <paramref name="limit"/> passes; the machine may be slow, so never a fixed sleep.</summary>
    public static async Task<bool> Eventually(Func<Task<bool>> condition, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return await condition();
    }

    /// <summary>
    /// Asks the process to stop as Ctrl+C or a service manager would (SIGTERM), waits for it, and returns
    /// its exit code; null when it had to be killed instead.
    /// </summary>
    public int? Stop(TimeSpan limit)
    {
        if (!_process.HasExited && (OperatingSystem.IsWindows() || Terminate(_process.Id, 15) != 0 || !_process.WaitForExit(limit)))
        {
            Kill();
            return null;
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    /// <summary>Stops gently first, so the tool can remove its temporary output as it does for a user.</summary>
    public void Dispose()
    {
        Stop(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    /// <summary>The dotnet host running this test, so the tool runs on the same runtime.</summary>
    /// <summary>The dotnet host running the tests, so that a process they start uses the same SDK and runtime.</summary>
    internal static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet")
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Terminate(int pid, int signal);

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.Append(line).Append('\n');
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }
}

public sealed record CliRun(int ExitCode, string Output, string Errors)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{Output}\nstderr:\n{Errors}";
}

/// <summary>Tool processes run one at a time: on a two-core machine, several at once only make each of them slow.</summary>
[CollectionDefinition(Name)]
public sealed class CliCollection
{
    public const string Name = "briefings processes";
}
