using Briefings.Content;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>/corrections/: every correction and retraction, newest first, with its own Atom feed.</summary>
internal static class CorrectionsPage
{
    public const string Url = "corrections/";

    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var graph = pages.Graph;
        var text = graph.Config.Text;
        yield return new PageJob(Url, "corrections.html", models =>
        {
            var model = pages.Create(Url, text.Text("corrections.title"), text.Format("corrections.description", graph.Config.Title), "corrections");
            model["feed"] = new TemplateModel(2) { ["url"] = "feed.xml", ["title"] = text.Format("corrections.feed", graph.Config.Title) };
            model["corrections"] = ViewModels.Array(graph.Corrections.Select(c =>
            {
                var item = models.Update(c.Update, c.Anchor);
                item["brief"] = models.Brief(c.Brief);
                return item;
            }));
            return model;
        })
        { Modified = graph.Corrections.Count > 0 ? graph.Corrections[0].Update.Date : null };
    }
}
