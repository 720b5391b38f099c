using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// The tracker's two pages of figures: <c>commitments/stale/</c>, the open commitments not updated for longer than
/// <c>stale_after_days</c> before the as-of date, and <c>commitments/actors/</c>, every actor's own scorecard. Both
/// always exist (an empty list says so) and are paged like any long list.
/// </summary>
internal static class CommitmentFigurePages
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        if (!pages.ListsUnder("commitments/"))
        {
            return [];
        }

        var graph = pages.Graph;
        var size = graph.Config.Paginate;
        var stale = new PagedList<CommitmentNode>($"commitments/{ReservedIds.Stale}/", Stale(graph), size);
        var actors = new PagedList<ActorScorecard>($"commitments/{ReservedIds.Actors}/", ActorScorecards.Of(graph), size);
        var text = graph.Config.Text;
        return Paged(pages, stale, "commitments-stale.html", text.Text("stale.title"),
                text.Format("stale.description", graph.Config.Title, graph.Config.StaleAfterDays),
                (models, page) => models.Commitments(page))
            .Concat(Paged(pages, actors, "commitments-actors.html", text.Text("actors.title"),
                text.Format("actors.description", graph.Config.Title),
                (models, page) => ViewModels.Array(page.Select(a => Row(models, a)))));
    }

    /// <summary>Stale commitments, the longest quiet first, then by id.</summary>
    public static IReadOnlyList<CommitmentNode> Stale(ContentGraph graph) =>
        [.. graph.Commitments.Where(c => c.Figures.Stale).OrderBy(c => c.Figures.LastEntry).ThenBy(c => c.Id, StringComparer.Ordinal)];

    public static TemplateModel Row(ViewModels models, ActorScorecard actor) => new(2)
    {
        ["actor"] = models.Actor(actor.Actor),
        ["scorecard"] = FigureModels.Scorecard(models, actor.Scorecard),
    };

    private static IEnumerable<PageJob> Paged<T>(PageModel pages, PagedList<T> paged, string template, string title, string description,
        Func<ViewModels, IEnumerable<T>, Scriban.Runtime.ScriptArray> items) =>
        paged.Numbers.Select(number => new PageJob(paged.PageUrl(number), template, models =>
        {
            models.DependOnEvery(ContentKind.Commitment);
            var model = pages.Create(paged.PageUrl(number), paged.Title(pages.Graph.Config.Text, title, number), description, "commitments");
            model["count"] = paged.Items.Count;
            model["stale_after_days"] = pages.Graph.Config.StaleAfterDays;
            model["items"] = items(models, paged.Page(number));
            model["pager"] = paged.Pager(number);
            return model;
        }));
}
