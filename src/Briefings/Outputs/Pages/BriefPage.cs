using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>A page per brief: body, speakers, quotes, commitments with status, topics, source, related, backlinks, previous and next.</summary>
internal static class BriefPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages) =>
        pages.Listed(pages.Graph.Briefs, ContentKind.Brief, pages.Graph.BriefsBySlug).Select(node => new PageJob(node.Url, "brief.html", models =>
        {
            var brief = node.Brief;
            var model = pages.Create(node.Url, brief.Title, brief.Summary, "briefs");
            model["brief"] = models.Brief(node);
            model["og_type"] = "article";
            model["published"] = Dates.Iso(brief.Date);
            model["json_ld"] = pages.JsonLd.Brief(node);
            model["body"] = models.Body(node.Body);
            node.Body.DoneReading();
            model["image"] = null;
            if (node.Image is { } image)
            {
                var picture = ImageModels.Picture(image, (string)model["root"]!, ImageModels.LeadSizes, lazy: false);
                (model["image"], model["preload_image"]) = (picture, picture);
                model["og_image"] = ImageModels.OpenGraph(image, pages.Graph.Config.BaseUrl);
            }

            model["speakers"] = models.People(node.Speakers);
            model["people"] = models.People(node.People.Where(p => !node.Speakers.Contains(p)));
            model["organizations"] = models.Organizations(node.Organizations);
            model["quotes"] = ViewModels.Array(brief.Quotes.Select((q, i) => new TemplateModel(8)
            {
                ["id"] = BriefNode.QuoteAnchor(i),
                ["language"] = ViewModels.SpokenLanguage(q),
                ["provenance"] = models.Provenance(q, brief.Source, besideBrief: true),
                ["text"] = q.Text,
                ["context"] = q.Context,
                ["by"] = pages.Graph.PeopleById.TryGetValue(q.By.Id, out var person) ? models.Person(person) : null,
                ["brief"] = null,
                ["anchor"] = null,
            }));
            model["commitments"] = ViewModels.Array(node.Commitments.Select(models.Entry));
            model["source"] = brief.Source is { } source ? models.Source(source) : null;
            model["related"] = models.Briefs(node.Related);
            model["linked_from"] = models.Briefs(node.LinkedFrom);
            model["byline"] = ViewModels.Array(node.Byline.Select(a => new TemplateModel(2) { ["name"] = a.Name, ["url"] = a.Person?.Url }));
            model["updates"] = ViewModels.Array(brief.Updates.Select((u, i) => models.Update(u, UpdateKinds.Anchor(brief.Updates, i))));
            model["retraction"] = brief.Retraction is { } retraction ? models.Update(retraction, UpdateKinds.Anchor(brief.Updates, IndexOf(brief.Updates, retraction))) : null;
            model["previous"] = node.Previous is { } previous ? models.Brief(previous) : null;
            model["next"] = node.Next is { } next ? models.Brief(next) : null;
            return model;
        })
        { Modified = node.Brief.LastUpdated ?? node.Brief.Date, Entity = node.Key });

    private static int IndexOf(IReadOnlyList<BriefUpdate> updates, BriefUpdate update)
    {
        for (var i = 0; i < updates.Count; i++)
        {
            if (ReferenceEquals(updates[i], update))
            {
                return i;
            }
        }

        return -1;
    }
}
