using Briefings.Content;
using Briefings.Writing;

namespace Briefings.Cli.Commands;

/// <summary>
/// A build replaces its output folder whole, so before any work the folder must be the tool's own (missing,
/// empty, or an earlier Briefings output holding only what that build wrote); anything else is a usage error.
/// </summary>
internal static class OutputFolder
{
    public static bool IsOwned(BuildOptions options, Reporter reporter)
    {
        var source = SiteSource.FromConfig(options.ConfigPath);
        var refusal = OutputOwnership.Refusal(SiteBuilder.DefaultOutputPath(options), source.Root, source.SourceFolders);
        if (refusal is not null)
        {
            reporter.Error($"error: {refusal}");
            return false;
        }

        return true;
    }
}
