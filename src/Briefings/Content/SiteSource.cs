namespace Briefings.Content;

/// <summary>Where a site lives: the config file, and content/ and templates/ beside it.</summary>
public sealed record SiteSource(string Root, string ConfigPath)
{
    public string ContentDirectory => Path.Combine(Root, "content");

    public string TemplatesDirectory => Path.Combine(Root, "templates");

    public static SiteSource FromConfig(string configPath)
    {
        var full = Path.GetFullPath(configPath);
        return new SiteSource(Path.GetDirectoryName(full)!, full);
    }

    /// <summary>The path diagnostics print: relative to the site, with forward slashes on every OS.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
