namespace Briefings.Cli;

/// <summary>The closing lines of a run, worded once for build and serve.</summary>
internal static class Summary
{
    public static string Built(BuildResult build)
    {
        var graph = build.Graph!;
        return $"Built {build.Pages} pages ({graph.Briefs.Count} briefs, {graph.People.Count} people, {graph.Organizations.Count} organizations, " +
            $"{graph.Commitments.Count} commitments, {graph.Topics.Count} topics) in {build.Timings.Total.TotalMilliseconds:F0} ms → {Display(build.OutputPath)}";
    }

    /// <summary>For --verbose: which template and construct left the templates to Scriban's interpreter, if one did.</summary>
    public static string? Interpreted(BuildResult build) =>
        build.TemplatesInterpreted is { } reason ? $"Templates run through Scriban's interpreter, not compiled: {reason}" : null;

    /// <summary>A path relative to the working folder when it lies inside it, as a user would type it.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}
