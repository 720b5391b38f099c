using Briefings.Checking;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Linting;
using Briefings.Markdown;

namespace Briefings.Incremental;

/// <summary>
/// serve's quickest rebuild, after a save of one brief's file: that file alone is read and its body rendered, the graph
/// is updated in place (<see cref="BriefNodeUpdate"/>) rather than built again, and only the touched entities are hashed
/// again. That covers edits to the brief's words, quotes, speakers and commitments' statuses. It declines, and the
/// rebuild reads the whole site, whenever it could not be sure to give what a full build gives: an edit that changes
/// the graph's outline (<see cref="EditShape.Changed"/>), a person the site does not have, any diagnostic in the file
/// before or after but the sourceless-commitment lint's, or a new title or moved quote that a body other than a brief's shows.
/// </summary>
internal static class BriefEdit
{
    public static BuildResult? TryRun(BuildOptions options, BuildState state, string fullPath)
    {
        if (state.Last is not var (graph, models, diagnostics) || state.Fingerprints is not { } fingerprints || state.Cache.Templates is null ||
            state.Cache.Output is null)
        {
            return null;
        }

        var run = new BuildRun(options) { Graph = graph };
        var relative = run.Source.Relative(fullPath);
        // Only a file clean but for the sourceless-commitment lint, which is checked again below, is taken this way: any
        // other diagnostic's line would move with the edit.
        if (diagnostics.Any(d => d.File == relative && d.Code != Codes.CommitmentWithoutSource) || !File.Exists(fullPath) ||
            graph.Briefs.FirstOrDefault(b => b.Brief.File == relative) is not { } node)
        {
            return null;
        }

        var own = new DiagnosticBag();
        var renderer = Renderer(state, graph);
        var read = run.Timings.Measure("load", () => ContentLoader.ReadBrief(run.Source, graph.Config, fullPath, own, state.Cache.Content));
        if (read is not Brief updated || own.Count > 0)
        {
            return null;
        }

        UrlCheck.Check(updated, own);
        if (graph.Config.RequireQuoteSources)
        {
            QuoteSourceCheck.Check(updated, own);
        }

        var body = run.Timings.Measure("markdown", () => renderer.Render(updated.File, updated.Body, node.Key, own));
        var shape = BriefNodeUpdate.Compare(node, updated, body);
        // Bodies that link to the brief show its title, and those that embed its quotes find them by place.
        var rerender = updated.Title != node.Brief.Title || BriefNodeUpdate.MovesQuotes(node.Brief, updated);
        if (own.Count > 0 || shape == EditShape.Changed || (rerender && OtherBodiesLink(graph, node.Key)) ||
            // A person the graph does not have is the checker's error, which only a full build reports.
            (shape == EditShape.People && !GraphBuilder.Spoke(updated).All(r => graph.PeopleById.ContainsKey(r.Id))))
        {
            return null;
        }

        // The other lints read what a shape-keeping edit leaves as it was; this one reads the brief's source and where
        // its commitments are written, so its warnings about them are made again.
        var commitments = node.Commitments.Select(e => e.Commitment).ToList();
        var linted = new DiagnosticBag();
        SourcelessCommitmentLint.Check(commitments, linted);
        CheckTransitions(commitments, linted);
        var statuses = commitments.Select(c => c.CurrentStatus).ToList();
        var affected = run.Timings.Measure("graph", () =>
        {
            var changed = BriefNodeUpdate.Apply(graph, node, updated, body, shape);
            if (rerender)
            {
                // A link written without a label shows the title of the brief it names, its own included. The briefs that link
                // to it are its backlinks, which leave out a link to itself; an edit that keeps the shape keeps both.
                foreach (var linking in node.Body.Links.Contains(node.Key) ? node.LinkedFrom.Append(node) : node.LinkedFrom)
                {
                    linking.Body = renderer.Render(linking.Brief.File, linking.Brief.Body, linking.Key, new DiagnosticBag());
                    changed.Add(linking.Key);
                }
            }

            return changed;
        });

        var stale = linted.Sorted().ToHashSet();
        // Whom the brief names decides which people nothing mentions: that lint reads the whole graph again, in a few milliseconds.
        var people = shape == EditShape.People;
        foreach (var diagnostic in diagnostics.Where(d => !stale.Contains(d) && !(people && d.Code == Codes.Unmentioned)))
        {
            run.Diagnostics.Add(diagnostic);
        }

        SourcelessCommitmentLint.Check(commitments, run.Diagnostics);
        CheckTransitions(commitments, run.Diagnostics);
        if (people)
        {
            UnmentionedLint.Run(graph, run.Diagnostics);
        }

        var (summaries, nodes) = run.Timings.Measure("compare", () =>
        {
            var refreshed = models.Refresh(affected);
            return fingerprints.Update(graph, models, refreshed);
        });
        // A commitment whose current status changed moves between the lists by status, and a person the brief gains or
        // loses moves it in and out of their lists: pages may come or go and their dates change, so every page is
        // listed, as after a rebuilt graph, and the sitemap written again.
        var moved = people || !commitments.Select(c => c.CurrentStatus).SequenceEqual(statuses);
        return IncrementalBuild.RenderTouched(run, state, graph, models, new IncrementalBuild.Changes(summaries, nodes, false), sitemap: moved, keepsShape: !moved);
    }

    private static void CheckTransitions(IEnumerable<CommitmentNode> commitments, DiagnosticBag diagnostics)
    {
        foreach (var commitment in commitments)
        {
            TransitionCheck.Check(commitment.Id, [.. commitment.Timeline.Select(e => (e.Brief.Brief, e.Mention))], diagnostics);
        }
    }

    /// <summary>Whether a person's, organization's, topic's or commitment's body links to the brief, and so shows its title.</summary>
    private static bool OtherBodiesLink(ContentGraph graph, EntityKey brief) =>
        graph.People.Any(p => p.Bio.Links.Contains(brief)) || graph.Organizations.Any(o => o.Description.Links.Contains(brief)) ||
        graph.Topics.Any(t => t.Description.Links.Contains(brief)) || graph.Commitments.Any(c => c.Background.Links.Contains(brief));

    private static BodyRenderer Renderer(BuildState state, ContentGraph graph)
    {
        if (state.Bodies is not var (index, renderer) || index != graph.Index)
        {
            renderer = new BodyRenderer(MarkdownPipelineFactory.Create(), graph.Index, MarkdownStage.CreateMatcher(graph.Index), graph.Config);
            state.Bodies = (graph.Index, renderer);
        }

        return renderer;
    }
}
