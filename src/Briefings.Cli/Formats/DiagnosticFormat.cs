using System.Reflection;
using Briefings.Diagnostics;

namespace Briefings.Cli.Formats;

/// <summary>How <c>check</c> reports: lines for a person, or one document for a CI tool to read.</summary>
internal enum DiagnosticFormat
{
    Text,
    Json,
    Sarif,
}

/// <summary>What every machine-readable report names: the tool and its version.</summary>
internal static class ToolInfo
{
    public const string Name = "briefings";

    /// <summary>The package version, without the source revision the SDK appends after '+'.</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    public static string Level(Severity severity) => severity == Severity.Error ? "error" : "warning";
}
