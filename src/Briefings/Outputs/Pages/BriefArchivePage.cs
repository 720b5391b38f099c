using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>/briefs/: every brief, newest first, grouped by month.</summary>
internal static class BriefArchivePage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        yield return new PageJob("briefs/", "briefs.html", models =>
        {
            var graph = pages.Graph;
            var model = pages.Create("briefs/", "All briefs", $"All {graph.Briefs.Count} briefs of {graph.Config.Title}, by month.", "briefs");
            model["count"] = graph.Briefs.Count;
            model["months"] = ViewModels.Array(graph.Briefs
                .GroupBy(b => (b.Brief.Date.Year, b.Brief.Date.Month))
                .Select(month => new TemplateModel
                {
                    ["id"] = $"{month.Key.Year:D4}-{month.Key.Month:D2}",
                    ["label"] = Dates.Month(new DateOnly(month.Key.Year, month.Key.Month, 1)),
                    ["briefs"] = models.Briefs(month),
                }));
            return model;
        })
        { Modified = Ordering.Latest(pages.Graph.Briefs) };
    }
}
