using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;

namespace Briefings.Outputs.Pages;

/// <summary>The front page: latest briefs, the commitment tracker in brief, and the most-quoted people.</summary>
internal static class HomePage
{
    public const int Latest = 10;
    public const int MostQuoted = 6;

    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        yield return new PageJob("", "home.html", models =>
        {
            var graph = pages.Graph;
            // Each of its lists is the top of a sorted list (latest briefs, most quoted people, largest topics): which
            // entities are at the top depends on every one of them.
            models.DependOnEvery(ContentKind.Brief);
            models.DependOnEvery(ContentKind.Person);
            models.DependOnEvery(ContentKind.Topic);
            var model = pages.Create("", graph.Config.Title, graph.Config.Description, "home");
            model["json_ld"] = pages.JsonLd.Site();
            model["latest"] = models.Briefs(graph.Briefs.Take(Latest));
            model["brief_count"] = graph.Briefs.Count;
            model["status_counts"] = CommitmentTrackerPage.StatusCounts(graph, models);
            model["commitment_count"] = graph.Commitments.Count;
            model["recent_commitments"] = models.Commitments(graph.Commitments
                .OrderByDescending(c => c.Timeline[^1].Date).ThenBy(c => c.Id, StringComparer.Ordinal).Take(5));
            model["most_quoted"] = ViewModels.Array(graph.People
                .Where(p => p.Quotes.Count > 0)
                .OrderByDescending(p => p.Quotes.Count)
                .Take(MostQuoted)
                .Select(p => models.Person(p)));
            model["topics"] = models.Topics(graph.Topics.OrderByDescending(t => t.Briefs.Count).Take(12));
            return model;
        })
        { Modified = pages.NewestBrief };
    }
}
