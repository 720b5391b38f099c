using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages;

/// <summary>/commitments/: every commitment, grouped and counted by current status.</summary>
internal static class CommitmentTrackerPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        yield return new PageJob("commitments/", "commitments.html", models =>
        {
            var graph = pages.Graph;
            var model = pages.Create("commitments/", "Commitment tracker",
                $"Every commitment tracked by {graph.Config.Title}, by its current status.", "commitments");
            model["total"] = graph.Commitments.Count;
            model["feed"] = new TemplateModel(2) { ["url"] = "feed.xml", ["title"] = $"Commitment tracker · {graph.Config.Title}" };
            model["status_counts"] = StatusCounts(graph, models);
            model["groups"] = ViewModels.Array(CommitmentStatuses.All
                .Select(status => (Status: status, Items: graph.Commitments.Where(c => c.CurrentStatus == status).ToList()))
                .Where(g => g.Items.Count > 0)
                .Select(g => new TemplateModel
                {
                    ["status"] = ViewModels.Status(g.Status),
                    ["count"] = g.Items.Count,
                    ["commitments"] = models.Commitments(g.Items),
                }));
            return model;
        })
        { Modified = pages.Graph.Commitments.Select(c => (DateOnly?)c.Timeline[^1].Date).Max() };
    }

    /// <summary>Each status with how many commitments are currently in it, zero counts included, in lifecycle order.</summary>
    public static ScriptArray StatusCounts(ContentGraph graph, ViewModels models)
    {
        foreach (var commitment in graph.Commitments)
        {
            models.Depend(commitment.Key);
        }

        return ViewModels.Array(CommitmentStatuses.All.Select(status => new TemplateModel
        {
            ["status"] = ViewModels.Status(status),
            ["count"] = graph.Commitments.Count(c => c.CurrentStatus == status),
        }));
    }
}
