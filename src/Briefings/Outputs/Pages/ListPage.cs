using Briefings.Content;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// The whole of a list that is longer than a page, where its page shows only the first: <c>people/keir-starmer/quotes/</c>
/// and <c>…/quotes/page/2/</c> on, drawn by list.html. A list that fits on its page has none.
/// </summary>
internal static class ListPage
{
    public static IEnumerable<PageJob> Jobs<T>(PageModel pages, EntityList<T> list)
    {
        var paged = list.Paged;
        return paged.Overflows ? paged.Numbers.Select(number => new PageJob(paged.PageUrl(number), "list.html", models =>
        {
            if (list.Owner is null)
            {
                models.DependOnEvery(ContentKind.Commitment);
            }

            var url = paged.PageUrl(number);
            var model = pages.Create(url, paged.Title(pages.Graph.Config.Text, list.Heading, number), pages.Graph.Config.Text.Format("list.description", list.Heading, paged.Items.Count), list.Section);
            model["of"] = new TemplateModel(2) { ["title"] = list.Of, ["url"] = list.OfUrl };
            model["list"] = list.List;
            model["heading"] = list.Heading;
            model["count"] = paged.Items.Count;
            model["items"] = ViewModels.Array(paged.Page(number).Select(item => list.Item(models, item)));
            model["pager"] = paged.Pager(number);
            return model;
        })
        { Entity = list.Owner, Modified = list.Modified(paged.Page(number)) }) : [];
    }
}
