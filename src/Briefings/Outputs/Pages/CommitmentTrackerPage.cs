using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages;

/// <summary>
/// /commitments/: every status with its count, and the first commitments of each; a status with more has them all,
/// paged, at <c>commitments/status/pledged/</c>.
/// </summary>
internal static class CommitmentTrackerPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        if (!pages.ListsUnder("commitments/"))
        {
            yield break;
        }

        var graph = pages.Graph;
        var text = graph.Config.Text;
        var groups = CommitmentStatuses.All
            .Select(status => Group(pages, status, [.. graph.Commitments.Where(c => c.CurrentStatus == status)]))
            .Where(g => g.List.Paged.Items.Count > 0)
            .ToList();
        var stale = CommitmentFigurePages.Stale(graph);
        var actors = ActorScorecards.Of(graph);
        yield return new PageJob("commitments/", "commitments.html", models =>
        {
            var model = pages.Create("commitments/", text.Text("tracker.title"), text.Format("tracker.description", graph.Config.Title), "commitments");
            model["total"] = graph.Commitments.Count;
            model["feed"] = new TemplateModel(2) { ["url"] = "feed.xml", ["title"] = text.Format("tracker.feed", graph.Config.Title) };
            var counts = StatusCounts(graph, models);
            model["status_counts"] = counts;
            model["distribution"] = ChartModels.Distribution(counts);
            model["stale_count"] = stale.Count;
            model["stale_after_days"] = graph.Config.StaleAfterDays;
            model["actors"] = ViewModels.Array(actors.Take(graph.Config.Paginate).Select(a => CommitmentFigurePages.Row(models, a)));
            model["actor_count"] = actors.Count;
            model["groups"] = ViewModels.Array(groups.Select(g => new TemplateModel(4)
            {
                ["status"] = models.Status(g.Status),
                ["count"] = g.List.Paged.Items.Count,
                ["commitments"] = models.Commitments(g.List.Paged.Page(1)),
                ["more"] = g.List.Paged.More(),
            }));
            return model;
        })
        { Modified = LatestDates.Of(graph.Commitments) };

        foreach (var group in groups)
        {
            foreach (var job in ListPage.Jobs(pages, group.List))
            {
                yield return job;
            }
        }
    }

    /// <summary>Each status with how many commitments are currently in it, zero counts included, in lifecycle order.</summary>
    public static ScriptArray StatusCounts(ContentGraph graph, ViewModels models)
    {
        models.DependOnEvery(ContentKind.Commitment);
        return ViewModels.Array(CommitmentStatuses.All.Select(status => new TemplateModel
        {
            ["status"] = models.Status(status),
            ["count"] = graph.Commitments.Count(c => c.CurrentStatus == status),
        }));
    }

    private static (CommitmentStatus Status, EntityList<CommitmentNode> List) Group(
        PageModel pages, CommitmentStatus status, IReadOnlyList<CommitmentNode> commitments)
    {
        var text = pages.Graph.Config.Text;
        var paged = new PagedList<CommitmentNode>($"commitments/{ReservedIds.Status}/{status.Slug()}/", commitments, pages.Graph.Config.Paginate);
        var list = new EntityList<CommitmentNode>(paged, "commitments", text.Format("tracker.status_list", text.Text("status." + status.Slug())), text.Text("tracker.title"), "commitments/",
            "commitments", null, (models, commitment) => models.Commitment(commitment), LatestDates.Of);
        return (status, list);
    }
}
