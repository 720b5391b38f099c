using Briefings.Content;
using Briefings.Output;

namespace Briefings.Cli.Commands;

/// <summary>
/// A build replaces its output folder whole, so before any work the folder must be the tool's own (missing,
/// empty, or an earlier Briefings output holding only what that build wrote); anything else is a usage error.
/// </summary>
internal static class OutputFolder
{
    public static bool IsOwned(BuildOptions options, Reporter reporter)
    {
        var refusal = OutputOwnership.Refusal(SiteBuilder.DefaultOutputPath(options), SiteSource.FromConfig(options.ConfigPath));
        if (refusal is not null)
        {
            reporter.Error($"error: {refusal}");
            return false;
        }

        return true;
    }
}
