using Briefings.Content;
using Briefings.Outputs.Pages.Models;

namespace Briefings.Outputs.Pages;

/// <summary>A page per commitment: text, by, to, current status and the conditions recorded with it, and its dated timeline.</summary>
internal static class CommitmentPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages) =>
        pages.Graph.Commitments.Select(node => new PageJob(node.Key.Url, "commitment.html", models =>
        {
            var model = pages.Create(node.Key.Url, node.Title, $"{node.Text} — currently {node.CurrentStatus.Label().ToLowerInvariant()}.", "commitments");
            model["commitment"] = models.Commitment(node);
            model["background"] = models.Body(node.Background);
            model["conditions"] = ViewModels.Array(node.Current.Mention.Conditions);
            model["timeline"] = ViewModels.Array(node.Timeline.Select(models.Entry));
            return model;
        })
        { Modified = node.Timeline[^1].Date, Entity = node.Key });
}
