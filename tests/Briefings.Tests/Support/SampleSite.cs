namespace Briefings.Tests.Support;

/// <summary>The repository's own sample site: site.config.yml and content/ at the top of the checkout.</summary>
public static class SampleSite
{
    public static string Root { get; } = FindRoot();

    public static string ConfigPath => Path.Combine(Root, "site.config.yml");

    private static readonly Lazy<SiteAnalysis> Analysis = new(() => SiteBuilder.Analyze(new BuildOptions { ConfigPath = ConfigPath }));

    public static SiteAnalysis Analyze() => Analysis.Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Briefings.sln not found above " + AppContext.BaseDirectory);
    }
}
