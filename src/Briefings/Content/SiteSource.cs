namespace Briefings.Content;

/// <summary>Where a site lives: the config file, and content/, templates/ and static/ beside it.</summary>
public sealed record SiteSource(string Root, string ConfigPath)
{
    public string ContentDirectory => Path.Combine(Root, "content");

    public string TemplatesDirectory => Path.Combine(Root, "templates");

    /// <summary>Files published as they are, at the same place in the output (CNAME, .nojekyll, images).</summary>
    public string StaticDirectory => Path.Combine(Root, "static");

    /// <summary>The folders the author writes, which no output folder may be or lie in.</summary>
    public IReadOnlyList<string> SourceFolders => [ContentDirectory, TemplatesDirectory, StaticDirectory];

    public static SiteSource FromConfig(string configPath)
    {
        var full = Path.GetFullPath(configPath);
        return new SiteSource(Path.GetDirectoryName(full)!, full);
    }

    /// <summary>The path diagnostics print: relative to the site, with forward slashes on every OS.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
