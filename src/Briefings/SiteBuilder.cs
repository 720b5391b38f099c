using Briefings.Checking;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Incremental;
using Briefings.Markdown;
using Briefings.Output;
using Briefings.Rendering;
using Briefings.Rendering.Models;
using Briefings.Rendering.Templates;
using Briefings.Search;

namespace Briefings;

/// <summary>The build, as a story: Load → Check → Markdown → Graph → Render → Write, each stage timed.</summary>
public static class SiteBuilder
{
    public static string DefaultOutputPath(BuildOptions options) =>
        options.OutputPath ?? Path.Combine(SiteSource.FromConfig(options.ConfigPath).Root, "_site");

    public static BuildResult Build(BuildOptions options) => Build(options, null);

    /// <summary>A full build; with a <paramref name="state"/>, it also fills what serve needs for the rebuilds after it.</summary>
    public static BuildResult Build(BuildOptions options, BuildState? state)
    {
        var output = Path.GetFullPath(DefaultOutputPath(options));
        var source = SiteSource.FromConfig(options.ConfigPath);
        if (OutputOwnership.Refusal(output, source) is { } refusal)
        {
            var refused = new DiagnosticBag();
            refused.Error(Codes.OutputNotOwned, source.Relative(output), TextPosition.File, refusal);
            return new BuildResult(null, refused.Sorted(), new StageTimings(options.Progress), false, output, 0, 0, 0, []) { OutputRefused = refusal };
        }

        var analysis = Analyze(options, state);
        var timings = analysis.Timings;
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in analysis.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        BuildResult Failed() => new(analysis.Graph, diagnostics.Sorted(), timings, false, output, 0, 0, 0, []);

        if (analysis.Graph is not { } graph || analysis.Failed(options.Strict))
        {
            return Failed();
        }

        var templates = timings.Measure("templates", () => TemplateSet.Load(source, diagnostics, compile: !options.InterpretTemplates));
        if (diagnostics.HasErrors)
        {
            return Failed();
        }

        try
        {
            using var writer = new SiteWriter(output);
            var models = new ViewModels(graph);
            using var pause = options.OwnsProcess ? CollectionPause.Start() : null;
            state?.ResetPages();
            IReadOnlyList<Rendering.Pages.PageJob> pages;
            using (var queue = new QueuedWriter(writer))
            {
                // The search index, the feeds and the data files need only the graph, and the sitemap only the list of
                // pages: made beside the pages, they keep the cores busy where the pages' last stragglers would leave
                // one idle, and nothing is left to do after the last page.
                var search = Task.Run(() => SearchIndex.BuildPooled(graph));
                var feeds = Task.Run(() => Parallel.Invoke(() => AtomFeed.WriteAll(graph, queue), () => ApiData.Write(graph, queue)));
                var sitemap = Task.CompletedTask;
                try
                {
                    pages = timings.Measure("render", () => RenderStage.Run(graph, templates, queue, diagnostics, models, dependencies: state?.Dependencies,
                        listed: jobs => sitemap = Task.Run(() => Sitemap.Write(graph, jobs, queue))));
                    timings.Measure("feeds+data", () =>
                    {
                        sitemap.GetAwaiter().GetResult();
                        feeds.GetAwaiter().GetResult();
                    });
                    timings.Measure("search", () => search.GetAwaiter().GetResult().WriteTo(queue, SearchIndex.Path));
                    timings.Measure("write", () =>
                    {
                        queue.Complete();
                        StaticFiles.Copy(source, writer, diagnostics);
                    });
                }
                finally
                {
                    // After a failure too, nothing may still be writing once the queue and the staging folder go.
                    SideTasks.WaitQuietly(search, feeds, sitemap);
                }
            }

            if (diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0))
            {
                return Failed();
            }

            timings.Measure("swap", writer.Commit);
            if (state is not null)
            {
                state.Templates = templates;
                state.Fingerprints = EntityFingerprints.Compute(graph, models);
                state.Output = OutputManifest.Of(output, writer.AllFiles);
            }

            return new BuildResult(graph, diagnostics.Sorted(), timings, true, output, pages.Count, writer.Written, writer.Unchanged, writer.Changed)
            {
                TemplatesInterpreted = templates.InterpretedBecause,
            };
        }
        catch (OutputPathException e)
        {
            diagnostics.Error(Codes.OutputOutsideFolder, source.Relative(source.ConfigPath), TextPosition.File, e.Message);
            return Failed();
        }
        catch (OutputNotOwnedException e)
        {
            diagnostics.Error(Codes.OutputNotOwned, source.Relative(output), TextPosition.File, e.Message);
            return Failed();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputWriteFailed, source.Relative(output), TextPosition.File, $"cannot write the output folder: {e.Message}");
            return Failed();
        }
    }

    public static SiteAnalysis Analyze(BuildOptions options) => Analyze(options, null);

    public static SiteAnalysis Analyze(BuildOptions options, BuildState? state)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings(options.Progress);
        var source = SiteSource.FromConfig(options.ConfigPath);

        var content = timings.Measure("load", () => ContentLoader.Load(source, options.IncludeDrafts, diagnostics, state?.Content));
        if (content is null)
        {
            return new SiteAnalysis(null, diagnostics.Sorted(), timings);
        }

        if (options.BaseUrl is { } baseUrl)
        {
            content = content with { Config = content.Config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
        }

        // The check stage's rules finish beside the Markdown stage, which needs only the index they start from.
        var (index, checks) = timings.Measure("check", () => ContentChecker.Start(content, diagnostics));
        var bodies = timings.Measure("markdown", () =>
        {
            var rendered = MarkdownStage.Run(content, index, diagnostics, state?.Bodies);
            checks.GetAwaiter().GetResult();
            return rendered;
        });
        var graph = timings.Measure("graph", () => GraphBuilder.Build(content, index, bodies));
        return new SiteAnalysis(graph, diagnostics.Sorted(), timings);
    }
}
