namespace Briefings.Outputs.Pages;

/// <summary>
/// /404.html. A host serves it at whatever URL was missing, so relative links cannot work there:
/// its root is the absolute base_url instead.
/// </summary>
internal static class NotFoundPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        yield return new PageJob("404.html", "404.html", models =>
        {
            var model = pages.Create("404.html", pages.Graph.Config.Text.Text("not_found.title"), pages.Graph.Config.Text.Text("not_found.description"), "404");
            model["root"] = pages.Graph.Config.BaseUrl;
            return model;
        })
        { InSitemap = false };
    }
}
