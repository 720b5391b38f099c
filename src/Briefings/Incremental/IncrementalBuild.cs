using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Outputs.Feeds;
using Briefings.Outputs.Images;
using Briefings.Outputs.Pages;
using Briefings.Outputs.Pages.Models;
using Briefings.Writing;

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
        var run = new BuildRun(options);
        var cache = state.Cache;
        if (run.Analyze(cache) is not { } graph || run.HasFailed || cache.Templates is null || state.Fingerprints is not { } before || cache.Output is null)
        {
            return run.Failed();
        }

        var models = new ViewModels(graph);
        var after = run.Timings.Measure("compare", () => EntityFingerprints.Compute(graph, models));
        var changedSummaries = EntityFingerprints.Changed(before.Summaries, after.Summaries);
        var changedNodes = EntityFingerprints.Changed(before.Nodes, after.Nodes);
        var entitiesAddedOrRemoved = changedNodes.Any(k => !before.Nodes.ContainsKey(k) || !after.Nodes.ContainsKey(k));
        state.Fingerprints = after;
        return RenderTouched(run, state, graph, models, new Changes(changedSummaries, changedNodes, entitiesAddedOrRemoved), sitemap: true);
    }

    /// <summary>What an edit changed: the entities whose summary, or whose own page, reads differently.</summary>
    internal sealed record Changes(IReadOnlySet<EntityKey> Summaries, IReadOnlySet<EntityKey> Nodes, bool EntitiesAddedOrRemoved);

    /// <summary>
    /// Renders the pages <paramref name="changes"/> touch, writes them in place with the feeds (and the sitemap, unless
    /// no page's place or date can have changed), and sets the data files to follow in the background.
    /// </summary>
    /// <param name="keepsShape">
    /// Whether the edit kept the graph's shape (<see cref="BriefEdit"/>): no page comes or goes, so only the pages
    /// <see cref="TouchedPages"/> finds are listed, and only the dependencies of the pages rendered are recorded anew.
    /// </param>
    internal static BuildResult RenderTouched(BuildRun run, BuildState state, ContentGraph graph, ViewModels models, Changes changes, bool sitemap, bool keepsShape = false)
    {
        var result = Render(run, state, graph, models, changes, sitemap, keepsShape);
        // The state already holds this edit's graph or fingerprints, but the site does not show it: only a full build
        // can tell again what the live site needs.
        state.NeedsFullBuild |= !result.Succeeded;
        return result;
    }

    private static BuildResult Render(BuildRun run, BuildState state, ContentGraph graph, ViewModels models, Changes changes, bool sitemap, bool keepsShape)
    {
        var cache = state.Cache;
        var (templates, manifest) = (cache.Templates!, cache.Output!);
        var (changedSummaries, changedNodes, entitiesAddedOrRemoved) = (changes.Summaries, changes.Nodes, changes.EntitiesAddedOrRemoved);
        var previous = cache.Dependencies;
        var (embedding, only) = run.Timings.Measure("select", () =>
        {
            var embedding = EmbedChanges.Embedding(graph, changedNodes);
            // Only the pages the edit may touch are listed; Touched below picks among them as among all.
            return (embedding, keepsShape ? TouchedPages.Select(previous, cache.Owners, changedSummaries, changedNodes.Concat(embedding)) : null);
        });

        bool Touched(PageJob job) =>
            !previous.TryGetValue(job.OutputPath, out var used) ||
            (job.Entity is { } own && (changedNodes.Contains(own) || embedding.Contains(own))) ||
            (job.Entity is null && entitiesAddedOrRemoved) ||
            (keepsShape ? TouchedPages.Shows(used, changedSummaries) : used.Overlaps(changedSummaries));

        // Pages are rendered into memory first, so a template error midway leaves the live site as it was.
        var buffer = new BufferedWriter();
        // A full list of the pages starts from the last build's dependencies, to see which pages went; a shape-keeping edit's from none.
        var dependencies = !keepsShape
            ? new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<EntityKey>>(previous, StringComparer.Ordinal)
            : new System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlySet<EntityKey>>(StringComparer.Ordinal);
        var writer = new InPlaceWriter(manifest);
        IReadOnlyList<PageJob> pages;
        try
        {
            pages = run.Timings.Measure("render", () => RenderStage.Run(graph, templates, buffer, run.Diagnostics, models, Touched, dependencies, only));
            if (run.HasFailed)
            {
                return run.Failed();
            }

            run.Timings.Measure("write", () =>
            {
                buffer.FlushTo(writer);
                if (!keepsShape)
                {
                    var current = pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
                    foreach (var gone in previous.Keys.Where(p => !current.Contains(p)).ToList())
                    {
                        writer.Delete(gone);
                        dependencies.TryRemove(gone, out _);
                    }
                }

                run.ImagesMade = ImageFiles.Write(graph, run.Source, writer, run.Diagnostics);
                var rendered = buffer.Paths;
                AtomFeed.WriteSome(graph, writer, key => rendered.Contains(PageJob.OutputPathFor(key.Url)));
                if (sitemap)
                {
                    Sitemap.Write(graph, BuildRun.Listed(pages), writer);
                }

                writer.SaveManifest();
            });
        }
        catch (OutputPathException e)
        {
            run.Error(Codes.OutputOutsideFolder, run.Source.ConfigPath, e.Message);
            return run.Failed();
        }
        catch (OutputNotOwnedException e)
        {
            run.Error(Codes.OutputNotOwned, run.Output, e.Message);
            writer.SaveManifest();
            return run.Failed();
        }

        if (keepsShape)
        {
            foreach (var (path, used) in dependencies)
            {
                previous[path] = used;
            }
        }
        else
        {
            foreach (var (path, used) in dependencies)
            {
                cache.Dependencies[path] = used;
            }

            foreach (var gone in cache.Dependencies.Keys.Where(p => !dependencies.ContainsKey(p)).ToList())
            {
                cache.Dependencies.TryRemove(gone, out _);
            }

            cache.Owners = BuildCache.OwnersOf(pages);
        }

        state.Last = (graph, models, run.Diagnostics.Sorted());
        // After an edit that kept the graph's shape, an API file lists what changed only where an entity of its kind did.
        state.Data.Schedule(graph, writer, keepsShape ? changedSummaries.Concat(changedNodes).Select(k => k.Kind) : null);

        var changed = writer.Changed;
        return run.Succeeded(buffer.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), changed.Count, 0, changed);
    }
}
