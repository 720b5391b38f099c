namespace Briefings.Tests.Support;

/// <summary>The repository's own sample site: site.config.yml and content/ at the top of the checkout.</summary>
public static class SampleSite
{
    public static string Root { get; } = FindRoot();

    public static string ConfigPath => Path.Combine(Root, "site.config.yml");

    private static readonly Lazy<SiteAnalysis> Analysis = new(() => SiteBuilder.Analyze(new BuildOptions { ConfigPath = ConfigPath, AsOf = TestDates.SampleAsOf }));

    private static readonly Lazy<BuiltSite> Build = new(() => BuiltSite.From(ConfigPath, asOf: TestDates.SampleAsOf));

    private static readonly Lazy<BuiltSite> MinifiedBuild = new(() => BuiltSite.From(ConfigPath, asOf: TestDates.SampleAsOf, minify: true));

    private static readonly Lazy<BuiltSite> PagedBuild = new(() =>
    {
        var copy = Copy();
        copy.Write("site.config.yml", copy.Read("site.config.yml") + "paginate: 2\n");
        return BuiltSite.From(copy.ConfigPath, asOf: TestDates.SampleAsOf);
    });

    public static SiteAnalysis Analyze() => Analysis.Value;

    /// <summary>A copy of the sample site with <c>paginate: 2</c>, so that its lists run over pages, built once per test run.</summary>
    public static BuiltSite Paged => PagedBuild.Value;

    /// <summary>The sample site built once per test run into a temporary folder.</summary>
    public static BuiltSite Built => Build.Value;

    /// <summary>The sample site built once per test run with <c>--minify</c>.</summary>
    public static BuiltSite BuiltMinified => MinifiedBuild.Value;

    /// <summary>A copy of the sample site (config and content) in a new temporary folder, for tests that change it.</summary>
    public static TestSite Copy()
    {
        var site = TestSite.Create("");
        File.Copy(ConfigPath, site.ConfigPath, overwrite: true);
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "content"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Root, Path.GetRelativePath(Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return site;
    }

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
