using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A page at each old URL listed under <c>redirect_from:</c>: a meta refresh, a canonical link to the new URL and a
/// visible link, for hosts that offer no redirects of their own. A whole document, drawn without the layout; its
/// folder is an id checked to be one safe path segment, and it is written, like every page, inside the output folder.
/// </summary>
internal static class RedirectPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages) =>
        pages.Graph.Redirects.Select(redirect => new PageJob(redirect.From, "redirect.html", _ =>
        {
            var model = pages.Create(redirect.From, redirect.Title, pages.Graph.Config.Text.Format("common.moved_description", redirect.To.Url), "redirect");
            model["canonical"] = pages.Graph.Config.BaseUrl + redirect.To.Url;
            model["target"] = (string)model["root"]! + redirect.To.Url + "index.html";
            return model;
        })
        { Layout = null, InSitemap = false });
}
