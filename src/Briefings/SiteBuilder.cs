using Briefings.Checking;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Markdown;

namespace Briefings;

/// <summary>The build, as a story: Load → Check → Markdown → Graph, each stage timed.</summary>
public static class SiteBuilder
{
    public static SiteAnalysis Analyze(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        var source = SiteSource.FromConfig(options.ConfigPath);

        var content = timings.Measure("load", () => ContentLoader.Load(source, options.IncludeDrafts, diagnostics));
        if (content is null)
        {
            return new SiteAnalysis(null, diagnostics.Sorted(), timings);
        }

        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Config = content.Config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        var index = timings.Measure("check", () => ContentChecker.Check(content, diagnostics));
        var bodies = timings.Measure("markdown", () => MarkdownStage.Run(content, index, diagnostics));
        var graph = timings.Measure("graph", () => GraphBuilder.Build(content, index, bodies));
        return new SiteAnalysis(graph, diagnostics.Sorted(), timings);
    }
}
