using Briefings.Checking;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Images;
using Briefings.Linting;
using Briefings.Markdown;
using Briefings.Outputs.Feeds;
using Briefings.Outputs.Pages;
using Briefings.Outputs.Pages.Templates;

namespace Briefings;

/// <summary>
/// One build under way, full or serve's partial one: its options, its output folder, its diagnostics and
/// timings, and the steps both kinds share — the analysis up to the graph, and the result they end with.
/// </summary>
internal sealed class BuildRun(BuildOptions options)
{
    public BuildOptions Options { get; } = options;

    public SiteSource Source { get; } = SiteSource.FromConfig(options.ConfigPath);

    public string Output { get; } = Path.GetFullPath(SiteBuilder.DefaultOutputPath(options));

    public StageTimings Timings { get; } = new(options.Progress);

    public DiagnosticBag Diagnostics { get; } = new();

    public ContentGraph? Graph { get; internal set; }

    /// <summary>How many image files were made rather than copied from the cache.</summary>
    public int ImagesMade { get; set; }

    /// <summary>Whether the build must stop: an error, or with --strict any diagnostic at all.</summary>
    public bool HasFailed => Diagnostics.HasErrors || (Options.Strict && Diagnostics.Count > 0);

    /// <summary>Load → Check → Images → Markdown → Graph. The graph, or null when the content could not make one.</summary>
    /// <param name="releaseMarkdown">Whether bodies let go of their Markdown once rendered, as a build that keeps no cache can.</param>
    /// <param name="releaseHtml">Where briefs' HTML waits until their pages and the search index have it, and is let go of then, as a build whose graph nothing reads afterwards can; null to keep it.</param>
    public ContentGraph? Analyze(BuildCache? cache, bool releaseMarkdown = false, Markdown.HtmlSpill? releaseHtml = null)
    {
        var content = Timings.Measure("load", () => ContentLoader.Load(Source, Options.Publishing, Diagnostics, cache?.Content));
        if (content is null)
        {
            return null;
        }

        if (Options.BaseUrl is { } baseUrl)
        {
            content = content with { Config = content.Config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        EjectRecord.Check(Source, Options.Theme, Diagnostics);
        // The check stage's rules finish beside the Markdown stage, which needs only the index they start from.
        var (index, checks) = Timings.Measure("check", () => ContentChecker.Start(content, Diagnostics));
        var images = new SiteImages(Source, content.Config);
        var placed = Timings.Measure("images", () => ImageStage.Run(index, images, Diagnostics));
        var bodies = Timings.Measure("markdown", () =>
        {
            var rendered = MarkdownStage.Run(content, index, Diagnostics, cache?.Bodies, releaseMarkdown, images, releaseHtml);
            checks.GetAwaiter().GetResult();
            return rendered;
        });
        Graph = Timings.Measure("graph", () => GraphBuilder.Build(content, index, bodies, new SiteImageSet(placed, images.All)));
        // A file with an error may be missing from the graph, and what it mentions would then look unmentioned: lints
        // judge a site that reads cleanly, and an author fixes errors first.
        if (!Diagnostics.HasErrors)
        {
            Timings.Measure("lint", () => SiteLints.Run(Graph, Diagnostics));
        }

        return Graph;
    }

    /// <summary>The pages a search engine should list, for the sitemap.</summary>
    public static IEnumerable<SitemapEntry> Listed(IEnumerable<PageJob> pages) =>
        pages.Where(p => p.InSitemap).Select(p => new SitemapEntry(p.Url, p.Modified));

    public void Error(string code, string path, string message) => Diagnostics.Error(code, Source.Relative(path), TextPosition.File, message);

    public BuildResult Failed() => new(Graph, Diagnostics.Sorted(), Timings, false, Output, 0, 0, 0, []);

    /// <param name="sorted">The diagnostics, sorted already where nothing could add one since.</param>
    public BuildResult Succeeded(int pages, int written, int unchanged, IReadOnlyList<string> changed, IReadOnlyList<Diagnostic>? sorted = null) =>
        new(Graph, sorted ?? Diagnostics.Sorted(), Timings, true, Output, pages, written, unchanged, changed) { ImagesMade = ImagesMade };
}
