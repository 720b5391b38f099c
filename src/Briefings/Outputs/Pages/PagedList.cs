using System.Globalization;
using Briefings.Content;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A list split into pages of <c>paginate</c> items (<see cref="SiteConfig.Paginate"/>): the first at <see cref="Url"/>,
/// the n-th at <c>Url/page/n/</c>. Items keep the order they are given in.
/// </summary>
internal sealed class PagedList<T>(string url, IReadOnlyList<T> items, int size)
{
    /// <summary>The first page's URL, from the site root.</summary>
    public string Url { get; } = url;

    public IReadOnlyList<T> Items { get; } = items;

    /// <summary>How many pages: one even for an empty list, whose page says it is empty.</summary>
    public int Pages { get; } = Math.Max(1, (items.Count + size - 1) / size);

    /// <summary>Whether the list is longer than a page: an entity's page then shows its first page and links to it whole.</summary>
    public bool Overflows => Items.Count > size;

    public IEnumerable<int> Numbers => Enumerable.Range(1, Pages);

    public string PageUrl(int number) =>
        number == 1 ? Url : string.Create(CultureInfo.InvariantCulture, $"{Url}{ReservedIds.Page}/{number}/");

    public IEnumerable<T> Page(int number) => Items.Skip((number - 1) * size).Take(size);

    /// <summary>A page's title: the list's, and from the second page on which page of how many.</summary>
    public string Title(Content.Languages.InterfaceText text, string title, int number) =>
        number == 1 ? title : text.Format("common.title_page_of", title, number, Pages);

    /// <summary>
    /// The links between the pages (<c>page.pager</c>), or null for a list of one page. Each link is null on the page it
    /// would lead to itself: the first page has no first or previous link.
    /// </summary>
    public TemplateModel? Pager(int number) => Pages == 1 ? null : new TemplateModel(6)
    {
        ["number"] = number,
        ["count"] = Pages,
        ["first"] = number > 1 ? PageUrl(1) : null,
        ["previous"] = number > 1 ? PageUrl(number - 1) : null,
        ["next"] = number < Pages ? PageUrl(number + 1) : null,
        ["last"] = number < Pages ? PageUrl(Pages) : null,
    };

    /// <summary>Where an entity's page links to the whole list (<c>page.more.quotes</c>), or null when it shows it all.</summary>
    public TemplateModel? More() => Overflows
        ? new TemplateModel(3) { ["url"] = Url, ["count"] = Items.Count, ["pages"] = Pages }
        : null;
}
