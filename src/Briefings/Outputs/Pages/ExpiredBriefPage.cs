using Briefings.Content;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A short page at the URL of each brief past its expiry date: its title, its dates and the reason, so links to it
/// still lead somewhere. Kept out of the sitemap, as the brief is out of every list, feed and search.
/// </summary>
internal static class ExpiredBriefPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages) =>
        pages.Graph.Expired.Select(brief =>
        {
            var url = new EntityKey(ContentKind.Brief, brief.Slug).Url;
            var text = pages.Graph.Config.Text;
            return new PageJob(url, "expired.html", _ =>
            {
                var expired = brief.ExpiryDate!.Value;
                var model = pages.Create(url, brief.Title, text.Format("brief.expired_description", text.Date(expired)), "briefs");
                model["brief"] = new TemplateModel(7)
                {
                    ["title"] = brief.Title,
                    ["slug"] = brief.Slug,
                    ["date"] = Dates.Iso(brief.Date),
                    ["date_display"] = text.Date(brief.Date),
                    ["expired"] = Dates.Iso(expired),
                    ["expired_display"] = text.Date(expired),
                    ["reason"] = brief.ExpiryReason,
                };
                return model;
            })
            { InSitemap = false };
        });
}
