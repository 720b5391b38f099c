using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Briefings.Tests.Support;

/// <summary>A site built into a temporary folder, with helpers to read and parse its files.</summary>
public sealed class BuiltSite
{
    private BuiltSite(string output, BuildResult result)
    {
        Output = output;
        Result = result;
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public static BuiltSite From(string configPath, string? output = null, DateOnly? asOf = null, bool future = false, bool minify = false)
    {
        output ??= Path.Combine(Path.GetTempPath(), "briefings-tests", "out-" + Guid.NewGuid().ToString("N"));
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = configPath, OutputPath = output, AsOf = asOf ?? TestDates.AsOf, IncludeFuture = future, Minify = minify });
        Assert.True(result.Succeeded, "build failed:\n" + string.Join("\n", result.Diagnostics));
        return new BuiltSite(output, result);
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Output, path));

    public IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(Read(path));

    /// <summary>Every file of the output, by its path relative to the output folder, with forward slashes.</summary>
    public IReadOnlyList<string> Files() =>
        Directory.GetFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> HtmlFiles() => Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
}
