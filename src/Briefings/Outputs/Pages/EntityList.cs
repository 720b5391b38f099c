using Briefings.Content;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// One list a page shows the first page of (a person's quotes, the pledged commitments of the tracker), with what
/// <see cref="ListPage"/> needs to draw it whole: its name for the template (<c>page.list</c>), its heading, the page
/// it belongs to, and how to show an item and date it.
/// </summary>
/// <param name="List">What the items are, as list.html tells them apart: quotes, commitments, briefs, people, organizations, timeline.</param>
/// <param name="Owner">
/// The entity whose list it is: in serve, its pages re-render with the entity's own page. Null for the tracker's lists,
/// which hold the commitments of a status and so depend on every commitment.
/// </param>
internal sealed record EntityList<T>(
    PagedList<T> Paged,
    string List,
    string Heading,
    string Of,
    string OfUrl,
    string Section,
    EntityKey? Owner,
    Func<ViewModels, T, TemplateModel> Item,
    Func<IEnumerable<T>, DateOnly?> Modified);
