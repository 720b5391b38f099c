using Briefings.Content;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// Makes the lists one entity's page shows in part: each whole at a path below the entity's URL
/// (<c>people/keir-starmer/quotes/</c>), paged alike, and re-rendered in serve with the entity's own page.
/// </summary>
internal sealed class EntityLists(PageModel pages, EntityKey owner, string title, string section)
{
    public EntityList<T> Make<T>(
        IReadOnlyList<T> items, string path, string list, string heading, Func<ViewModels, T, TemplateModel> item, Func<IEnumerable<T>, DateOnly?> modified) =>
        new(new PagedList<T>(owner.Url + path, items, pages.Graph.Config.Paginate), list, heading, title, owner.Url, section, owner, item, modified);
}
