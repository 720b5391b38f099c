using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Output;
using Briefings.Rendering;
using Briefings.Rendering.Models;
using Briefings.Rendering.Pages;

namespace Briefings.Incremental;

/// <summary>
/// serve's rebuild after content edits: files and bodies come from the caches, the graph is built
/// again, and only the pages whose entity changed, or that show an entity whose summary changed, are
/// rendered and written in place. The API files and the search index follow in the background, since
/// no page waits for them.
/// </summary>
public static class IncrementalBuild
{
    public static BuildResult Run(BuildOptions options, BuildState state)
    {
        var output = Path.GetFullPath(SiteBuilder.DefaultOutputPath(options));
        var analysis = SiteBuilder.Analyze(options, state);
        var timings = analysis.Timings;
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in analysis.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        BuildResult Failed() => new(analysis.Graph, diagnostics.Sorted(), timings, false, output, 0, 0, 0, []);
        if (analysis.Graph is not { } graph || analysis.Failed(options.Strict) || state.Templates is not { } templates || state.Fingerprints is not { } before ||
            state.Output is not { } manifest)
        {
            return Failed();
        }

        var models = new ViewModels(graph);
        var after = timings.Measure("compare", () => EntityFingerprints.Compute(graph, models));
        var changedSummaries = EntityFingerprints.Changed(before.Summaries, after.Summaries);
        var changedNodes = EntityFingerprints.Changed(before.Nodes, after.Nodes);
        var entitiesAddedOrRemoved = changedNodes.Any(k => !before.Nodes.ContainsKey(k) || !after.Nodes.ContainsKey(k));
        var previous = state.Dependencies;

        bool Touched(PageJob job) =>
            !previous.TryGetValue(job.OutputPath, out var used) ||
            (job.Entity is { } own && changedNodes.Contains(own)) ||
            (job.Entity is null && entitiesAddedOrRemoved) ||
            used.Overlaps(changedSummaries);

        // Pages are rendered into memory first, so a template error midway leaves the live site as it was.
        var buffer = new BufferedWriter();
        var dependencies = new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<Graph.EntityKey>>(previous, StringComparer.Ordinal);
        var pages = timings.Measure("render", () => RenderStage.Run(graph, templates, buffer, diagnostics, models, Touched, dependencies));
        if (diagnostics.HasErrors || (options.Strict && diagnostics.Count > 0))
        {
            return Failed();
        }

        var writer = new InPlaceWriter(manifest);
        try
        {
            timings.Measure("write", () =>
            {
                buffer.FlushTo(writer);
                var current = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
                foreach (var gone in previous.Keys.Where(p => !current.Contains(p)).ToList())
                {
                    writer.Delete(gone);
                    dependencies.TryRemove(gone, out _);
                }

                var rendered = buffer.Paths;
                AtomFeed.WriteSome(graph, writer, key => rendered.Contains(PageJob.OutputPathFor(key.Url)));
                Sitemap.Write(graph, pages, writer);
                writer.SaveManifest();
            });
        }
        catch (OutputPathException e)
        {
            diagnostics.Error(Codes.OutputOutsideFolder, SiteSource.FromConfig(options.ConfigPath).Relative(options.ConfigPath), TextPosition.File, e.Message);
            return Failed();
        }
        catch (OutputNotOwnedException e)
        {
            diagnostics.Error(Codes.OutputNotOwned, SiteSource.FromConfig(options.ConfigPath).Relative(output), TextPosition.File, e.Message);
            writer.SaveManifest();
            return Failed();
        }

        state.Fingerprints = after;
        foreach (var (path, used) in dependencies)
        {
            state.Dependencies[path] = used;
        }

        foreach (var gone in state.Dependencies.Keys.Where(p => !dependencies.ContainsKey(p)).ToList())
        {
            state.Dependencies.TryRemove(gone, out _);
        }

        state.Data.Schedule(graph, writer);

        var changed = writer.Changed;
        return new BuildResult(graph, diagnostics.Sorted(), timings, true, output, buffer.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)),
            changed.Count, 0, changed);
    }
}
