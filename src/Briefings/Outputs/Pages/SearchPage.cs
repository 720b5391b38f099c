using Briefings.Graph;

namespace Briefings.Outputs.Pages;

/// <summary>/search/: the one page that needs JavaScript; it reads search/index.json.</summary>
internal static class SearchPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        yield return new PageJob("search/", "search.html", models =>
            pages.Create("search/", "Search", $"Search the briefs, people, organizations, quotes and commitments of {pages.Graph.Config.Title}.", "search"))
        {
            Modified = pages.NewestBrief,
        };
    }
}
