using Briefings.Content;

namespace Briefings.Cli.Commands;

/// <summary>
/// The output folder is replaced whole on every build, so it must never be the site itself or hold it:
/// <c>--out .</c> or <c>--out content</c> would otherwise delete the author's work.
/// </summary>
internal static class OutputFolder
{
    public static bool IsSafe(BuildOptions options, Reporter reporter)
    {
        var source = SiteSource.FromConfig(options.ConfigPath);
        var output = Full(SiteBuilder.DefaultOutputPath(options));
        if (Within(Full(source.Root), output) || Within(output, Full(source.ContentDirectory)) || Within(output, Full(source.TemplatesDirectory)))
        {
            reporter.Error($"error: the output folder '{output}' would replace the site's own files; choose a folder outside content/ and templates/, such as _site");
            return false;
        }

        return true;
    }

    private static string Full(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);

    private static bool Within(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
