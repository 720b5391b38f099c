using System.Globalization;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// /briefs/: the latest briefs, by month, and every month of the archive; and a page per month, /briefs/2025/12/, that
/// holds all that month's briefs, so that a brief stays on its month's page whatever is published after it.
/// </summary>
internal static class BriefArchivePage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        if (!pages.ListsUnder("briefs/"))
        {
            yield break;
        }

        var graph = pages.Graph;
        var text = graph.Config.Text;
        var months = graph.Briefs.GroupBy(MonthOf).Select(month => new Month(month.Key, [.. month], text)).ToList();
        var byStart = months.ToDictionary(m => m.Start);
        yield return new PageJob("briefs/", "briefs.html", models =>
        {
            // The latest briefs are those with the latest dates: which they are depends on every brief's.
            models.DependOnEvery(ContentKind.Brief);
            var latest = graph.Briefs.Take(graph.Config.Paginate).ToList();
            var model = pages.Create("briefs/", text.Text("archive.title"), text.Count("archive.description", graph.Briefs.Count, graph.Config.Title), "briefs");
            model["count"] = graph.Briefs.Count;
            model["shown"] = latest.Count;
            model["months"] = ViewModels.Array(latest.GroupBy(MonthOf).Select(shown =>
            {
                var month = byStart[shown.Key].Model();
                month["briefs"] = models.Briefs(shown);
                return month;
            }));
            model["archive"] = ViewModels.Array(months.GroupBy(m => m.Start.Year).Select(year => new TemplateModel(2)
            {
                ["year"] = year.Key,
                ["months"] = ViewModels.Array(year.Select(m => m.Model())),
            }));
            return model;
        })
        { Modified = pages.NewestBrief };

        for (var i = 0; i < months.Count; i++)
        {
            var (month, newer, older) = (months[i], i > 0 ? months[i - 1] : null, i + 1 < months.Count ? months[i + 1] : null);
            yield return new PageJob(month.Url, "briefs-month.html", models =>
            {
                // A brief whose date moves it into this month was not on this page before: every brief's date counts.
                models.DependOnEvery(ContentKind.Brief);
                var model = pages.Create(month.Url, text.Format("archive.month_title", month.Label), text.Count("archive.month_description", month.Briefs.Count, month.Label, graph.Config.Title), "briefs");
                model["month"] = month.Model();
                model["briefs"] = models.Briefs(month.Briefs);
                model["newer"] = newer?.Model();
                model["older"] = older?.Model();
                return model;
            })
            { Modified = month.Briefs[0].Brief.Date };
        }
    }

    private static DateOnly MonthOf(BriefNode brief) => new(brief.Brief.Date.Year, brief.Brief.Date.Month, 1);

    /// <summary>One month of the archive, its briefs newest first.</summary>
    private sealed record Month(DateOnly Start, IReadOnlyList<BriefNode> Briefs, Content.Languages.InterfaceText Text)
    {
        public string Url { get; } = string.Create(CultureInfo.InvariantCulture, $"briefs/{Start.Year:D4}/{Start.Month:D2}/");

        public string Label => Text.Month(Start);

        /// <summary>What a template shows of a month: a new model each time, since the archive page adds the briefs it shows.</summary>
        public TemplateModel Model() => new(6)
        {
            ["id"] = string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
            ["label"] = Label,
            ["name"] = Text.Entry("date.months")!.Items![Start.Month - 1],
            ["url"] = Url,
            ["count"] = Briefs.Count,
        };
    }
}
