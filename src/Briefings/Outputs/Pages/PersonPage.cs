using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>
/// A page per person: bio, role, organization, quotes, commitments, briefs spoken in, backlinks and the
/// people they appear with; and /people/, the index.
/// </summary>
internal static class PersonPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var graph = pages.Graph;
        yield return new PageJob("people/", "people.html", models =>
        {
            var model = pages.Create("people/", "People", $"The {graph.People.Count} people of {graph.Config.Title}: who said what, and who promised what.", "people");
            model["people"] = models.People(graph.People);
            return model;
        })
        { Modified = Ordering.Latest(graph.Briefs) };

        foreach (var node in graph.People)
        {
            yield return new PageJob(node.Url, "person.html", models =>
            {
                var person = node.Person;
                var description = person.Role is { } role ? $"{person.Name}, {role}: quotes, commitments and briefs." : $"{person.Name}: quotes, commitments and briefs.";
                var model = pages.Create(node.Url, person.Name, description, "people");
                model["person"] = models.Person(node);
                model["og_type"] = "profile";
                model["json_ld"] = pages.JsonLd.Person(node);
                model["feed"] = new TemplateModel(2) { ["url"] = "feed.xml", ["title"] = $"{person.Name} · {graph.Config.Title}" };
                model["aliases"] = ViewModels.Array(person.Aliases);
                model["bio"] = models.Body(node.Bio);
                model["portrait"] = node.Image is { } image ? ImageModels.Picture(image, (string)model["root"]!, ImageModels.ProfileSizes, lazy: false) : null;
                model["og_image"] = node.Image is { } shown ? ImageModels.OpenGraph(shown, graph.Config.BaseUrl) : null;
                model["links"] = ViewModels.Array(person.Links.Select(l => new TemplateModel(2) { ["title"] = l.Title, ["url"] = l.Url }));
                model["quotes"] = ViewModels.Array(node.Quotes.Select(models.Quote));
                model["commitments"] = models.Commitments(node.Commitments);
                model["spoken_in"] = models.Briefs(node.SpokenIn);
                model["mentioned_in"] = models.Briefs(node.MentionedIn.Where(b => !node.SpokenIn.Contains(b)));
                model["appears_with"] = ViewModels.Array(node.AppearsWith.Select(c => new TemplateModel(2)
                {
                    ["person"] = models.Person(c.Person),
                    ["count"] = c.Count,
                }));
                return model;
            })
            { Modified = Ordering.Latest(node.MentionedIn), Entity = node.Key };
        }
    }
}
