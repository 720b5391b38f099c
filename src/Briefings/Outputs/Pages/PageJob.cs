using Briefings.Content;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// One page to render: where it goes, which template draws it, and how to make its model from the shared
/// view models. The model is made lazily, on the thread that renders the page, so models of many pages never
/// sit in memory at once; the view models it is given may record what it used.
/// </summary>
public sealed record PageJob(string Url, string Template, Func<ViewModels, TemplateModel> Model)
{
    /// <summary>The date of the newest content the page shows, for the sitemap; never the build clock.</summary>
    public DateOnly? Modified { get; init; }

    /// <summary>The entity whose page this is; null for index pages.</summary>
    public EntityKey? Entity { get; init; }

    /// <summary>The frame the page is drawn in; null for a page that is a whole document of its own, such as a redirect.</summary>
    public string? Layout { get; init; } = PageRenderer.Layout;

    /// <summary>Pages a search engine should not list, such as 404.html.</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>
    /// The file the page is written to: <c>index.html</c> inside its URL's folder, with the URL's
    /// percent-encoding undone, since hosts and browsers decode a link before looking for the file.
    /// </summary>
    public string OutputPath => OutputPathFor(Url);

    public static string OutputPathFor(string url)
    {
        var path = Uri.UnescapeDataString(url);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
