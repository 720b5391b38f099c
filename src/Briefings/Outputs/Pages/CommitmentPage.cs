using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A page per commitment: text, by, to, current status and the conditions recorded with it, and its dated timeline;
/// a long timeline shows its latest entries there, and is whole, oldest first, at <c>commitments/x/timeline/</c>.
/// </summary>
internal static class CommitmentPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var size = pages.Graph.Config.Paginate;
        var text = pages.Graph.Config.Text;
        foreach (var node in pages.Listed(pages.Graph.Commitments, ContentKind.Commitment, pages.Graph.CommitmentsById))
        {
            var timeline = new EntityLists(pages, node.Key, node.Title, "commitments")
                .Make(node.Timeline, "timeline/", "timeline", text.Format("commitment.timeline_of", node.Title), (models, entry) => models.Entry(entry), LatestDates.Of);
            yield return new PageJob(node.Key.Url, "commitment.html", models =>
            {
                var model = pages.Create(node.Key.Url, node.Title, text.Format("commitment.description", node.Text, text.Text("status_lower." + node.CurrentStatus.Slug())), "commitments");
                model["commitment"] = models.Commitment(node);
                model["feed"] = new TemplateModel(2) { ["url"] = "feed.xml", ["title"] = text.Format("feed.page", node.Title, pages.Graph.Config.Title) };
                model["background"] = models.Body(node.Background);
                model["conditions"] = ViewModels.Array(node.Current.Mention.Conditions);
                model["amounts"] = FigureModels.Units(models.Text, node.Figures);
                model["strip"] = ChartModels.Strip(models, node.Timeline);
                model["over_unexplained"] = node.Figures.Unexplained.Count > 0;
                // The latest entries, since they say where it stands; the full timeline's pages keep the oldest first,
                // so that a new entry never moves an old one to another page.
                model["timeline"] = ViewModels.Array(node.Timeline.Skip(node.Timeline.Count - size).Select(models.Entry));
                model["more"] = new TemplateModel(1) { ["timeline"] = timeline.Paged.More() };
                return model;
            })
            { Modified = node.Current.Date, Entity = node.Key };

            foreach (var job in ListPage.Jobs(pages, timeline))
            {
                yield return job;
            }
        }
    }
}
