using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages;

/// <summary>The index of a kind (<c>people/</c>, <c>organizations/</c>, <c>topics/</c>), paged: <c>people/page/2/</c> on.</summary>
internal static class IndexPages
{
    /// <param name="field">The page field that holds the items, as the template reads it (<c>page.people</c>).</param>
    public static IEnumerable<PageJob> Jobs<T>(
        PageModel pages, ContentKind kind, IReadOnlyList<T> items, string template, string field, string title, string description,
        Func<ViewModels, IEnumerable<T>, ScriptArray> summaries)
    {
        var graph = pages.Graph;
        var paged = new PagedList<T>($"{kind.Folder()}/", items, graph.Config.Paginate);
        return paged.Numbers.Select(number => new PageJob(paged.PageUrl(number), template, models =>
        {
            // Which items a page holds depends on where every item sorts, not only on those it shows.
            models.DependOnEvery(kind);
            var model = pages.Create(paged.PageUrl(number), paged.Title(graph.Config.Text, title, number), description, kind.Folder());
            model[field] = summaries(models, paged.Page(number));
            model["pager"] = paged.Pager(number);
            return model;
        })
        { Modified = pages.NewestBrief });
    }
}
