using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A page per commitment: text, by, to, current status and the conditions recorded with it, and its dated timeline;
/// a long timeline shows its latest entries there, and is whole, oldest first, at <c>commitments/x/timeline/</c>. The
/// briefs that link it in their text without recording an entry follow, each with its sentence, as a person's mentions
/// do (whole at <c>commitments/x/mentions/</c> when they are more than a page).
/// </summary>
internal static class CommitmentPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var size = pages.Graph.Config.Paginate;
        var text = pages.Graph.Config.Text;
        foreach (var node in pages.Listed(pages.Graph.Commitments, ContentKind.Commitment, pages.Graph.CommitmentsById))
        {
            var lists = new EntityLists(pages, node.Key, node.Title, "commitments");
            var timeline = lists.Make(node.Timeline, "timeline/", "timeline", text.Format("commitment.timeline_of", node.Title), (models, entry) => models.Entry(entry), LatestDates.Of);
            var mentions = lists.Make(OnlyLinking(node), "mentions/", "mentions",
                text.Format("commitment.mentioned_in_title", node.Title), (models, brief) => models.Mention(brief, node.Key), LatestDates.Of);
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
                model["mentioned_in"] = models.Mentions(mentions.Paged.Page(1), node.Key);
                model["more"] = new TemplateModel(2) { ["timeline"] = timeline.Paged.More(), ["mentioned_in"] = mentions.Paged.More() };
                return model;
            })
            { Modified = Later(node.Current.Date, Ordering.Latest(mentions.Paged.Items)), Entity = node.Key };

            foreach (var job in ListPage.Jobs(pages, timeline).Concat(ListPage.Jobs(pages, mentions)))
            {
                yield return job;
            }
        }
    }

    /// <summary>The briefs that link the commitment but record no entry of its timeline, which lists the others.</summary>
    private static BriefNode[] OnlyLinking(CommitmentNode node)
    {
        if (node.LinkedFrom.Count == 0)
        {
            return [];
        }

        var recorded = node.Timeline.Select(e => e.Brief).ToHashSet();
        return [.. node.LinkedFrom.Where(b => !recorded.Contains(b))];
    }

    private static DateOnly Later(DateOnly date, DateOnly? other) => other is { } o && o > date ? o : date;
}
