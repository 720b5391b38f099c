using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Outputs.Data;
using Briefings.Outputs.Feeds;
using Briefings.Outputs.Images;
using Briefings.Outputs.Pages;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Briefings.Outputs.Search;
using Briefings.Outputs.Static;
using Briefings.Writing;
using Briefings.Writing.Minifying;

namespace Briefings;

/// <summary>
/// The build, as a story: Load → Check → Markdown → Graph, then the outputs that read the graph (pages, feeds,
/// data, search, sitemap, static files) into a staging folder, then the swap. Each stage is timed.
/// </summary>
public static class SiteBuilder
{
    public static string DefaultOutputPath(BuildOptions options) =>
        options.OutputPath ?? Path.Combine(SiteSource.FromConfig(options.ConfigPath).Root, "_site");

    /// <summary>Loads and checks the site up to its graph, writing nothing: what <c>check</c> does.</summary>
    public static SiteAnalysis Analyze(BuildOptions options)
    {
        var run = new BuildRun(options);
        var graph = run.Analyze(cache: null);
        return new SiteAnalysis(graph, run.Diagnostics.Sorted(), run.Timings);
    }

    /// <summary>A full build; with a <paramref name="cache"/>, it reuses what the cache holds and leaves there what the next build can reuse.</summary>
    public static BuildResult Build(BuildOptions options, BuildCache? cache = null)
    {
        var run = new BuildRun(options);
        if (OutputOwnership.Refusal(run.Output, run.Source.Root, run.Source.SourceFolders) is { } refusal)
        {
            run.Error(Codes.OutputNotOwned, run.Output, refusal);
            return run.Failed() with { OutputRefused = refusal };
        }

        // Only the command's own build may let go of the briefs' HTML: a caller in the same process may read the graph after it.
        using var spill = cache is null && run.Options.OwnsProcess ? new Markdown.HtmlSpill(run.Options.HtmlMemoryBudget) : null;
        using var templates = TemplatesBeside.Start(run);
        return run.Analyze(cache, releaseMarkdown: cache is null, releaseHtml: spill) is not { } graph || run.HasFailed || templates.Join(run) is not { } loaded
            ? run.Failed()
            : Write(run, graph, loaded, cache, spill);
    }

    /// <summary>The site from its graph into the output folder, through a staging folder swapped in at the end.</summary>
    private static BuildResult Write(BuildRun run, ContentGraph graph, TemplateSet templates, BuildCache? cache, Markdown.HtmlSpill? spill)
    {
        try
        {
            using var writer = new SiteWriter(run.Output);
            // Timed as a stage of its own: a collection often lands here, and --profile's stages left it out.
            var models = run.Timings.Measure("models", () => new ViewModels(graph));
            var pages = WriteSite(run, graph, templates, models, writer, cache);
            if (run.HasFailed)
            {
                return run.Failed();
            }

            // Nothing adds a diagnostic from here on: they are sorted beside the swap, whose ownership marker sorts the
            // names of every file on one core (~12 and ~6 ms of 10,000 briefs, one after the other before).
            var diagnostics = Task.Run(run.Diagnostics.Sorted);
            run.Timings.Measure("swap", () =>
            {
                try
                {
                    writer.Commit();
                }
                finally
                {
                    SideTasks.WaitQuietly(diagnostics);
                }
            });
            if (cache is not null)
            {
                (cache.Templates, cache.Models, cache.Output) = (templates, models, OutputManifest.Of(run.Output, writer.AllFiles));
                cache.Owners = BuildCache.OwnersOf(pages);
            }

            return run.Succeeded(pages.Count, writer.Written, writer.Unchanged, writer.Changed, diagnostics.Result) with
            {
                TemplatesInterpreted = templates.InterpretedBecause,
                HtmlSpilled = spill?.Spilled ?? 0,
            };
        }
        catch (OutputPathException e)
        {
            run.Error(Codes.OutputOutsideFolder, run.Source.ConfigPath, e.Message);
        }
        catch (OutputNotOwnedException e)
        {
            run.Error(Codes.OutputNotOwned, run.Output, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            run.Error(Codes.OutputWriteFailed, run.Output, $"cannot write the output folder: {e.Message}");
        }

        return run.Failed();
    }

    /// <summary>Every file of the site into <paramref name="writer"/>'s staging folder; the pages' list.</summary>
    private static IReadOnlyList<PageJob> WriteSite(BuildRun run, ContentGraph graph, TemplateSet templates, ViewModels models, SiteWriter writer, BuildCache? cache)
    {
        using var pause = run.Options.OwnsProcess ? CollectionPause.Start() : null;
        using var queue = new QueuedWriter(writer);
        // The search index, the feeds and the data files need only the graph: made beside the pages, they keep the
        // cores busy where the pages' last stragglers would leave one idle.
        var search = Task.Run(() => SearchIndex.Write(graph, queue));
        var feeds = Task.Run(() => Parallel.Invoke(() => AtomFeed.WriteAll(graph, queue), () => ApiData.Write(graph, queue), () => CsvData.Write(graph, queue)));
        try
        {
            var dependencies = cache is null ? null : cache.Dependencies = new(StringComparer.Ordinal);
            // The pages and the stylesheets are the site's only HTML and CSS, and all come from the render stage.
            IOutputWriter pageWriter = run.Options.Minify ? new MinifyingWriter(queue) : queue;
            var pages = run.Timings.Measure("render", () => RenderStage.Run(graph, templates, pageWriter, run.Diagnostics, models, dependencies: dependencies,
                beside: jobs => Sitemap.Write(graph, BuildRun.Listed(jobs), queue)));
            run.Timings.Measure("feeds+data", () => feeds.GetAwaiter().GetResult());
            run.Timings.Measure("search", () => search.GetAwaiter().GetResult());
            run.ImagesMade = run.Timings.Measure("image files", () => ImageFiles.Write(graph, run.Source, queue, run.Diagnostics));
            run.Timings.Measure("write", () =>
            {
                queue.Complete();
                StaticFiles.Copy(run.Source, writer, run.Diagnostics);
            });
            return pages;
        }
        finally
        {
            // After a failure too, nothing may still be writing once the queue and the staging folder go.
            SideTasks.WaitQuietly(search, feeds);
        }
    }
}
