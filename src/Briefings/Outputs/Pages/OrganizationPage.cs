using Briefings.Graph;
using Briefings.Outputs.Pages.Models;

namespace Briefings.Outputs.Pages;

/// <summary>A page per organization: description, parent and children, people, commitments, briefs; and /organizations/.</summary>
internal static class OrganizationPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var graph = pages.Graph;
        yield return new PageJob("organizations/", "organizations.html", models =>
        {
            var model = pages.Create("organizations/", "Organizations", $"The {graph.Organizations.Count} organizations of {graph.Config.Title}.", "organizations");
            model["organizations"] = models.Organizations(graph.Organizations);
            return model;
        })
        { Modified = Ordering.Latest(graph.Briefs) };

        foreach (var node in graph.Organizations)
        {
            yield return new PageJob(node.Url, "organization.html", models =>
            {
                var organization = node.Organization;
                var model = pages.Create(node.Url, organization.Name, $"{organization.Name}: its people, commitments and briefs.", "organizations");
                model["organization"] = models.Organization(node);
                model["json_ld"] = pages.JsonLd.Organization(node);
                model["aliases"] = ViewModels.Array(organization.Aliases);
                model["description_html"] = models.Body(node.Description);
                model["logo"] = node.Image is { } image ? ImageModels.Picture(image, (string)model["root"]!, ImageModels.ProfileSizes, lazy: false) : null;
                model["og_image"] = node.Image is { } shown ? ImageModels.OpenGraph(shown, graph.Config.BaseUrl) : null;
                model["parent"] = node.Parent is { } parent ? models.Organization(parent) : null;
                model["children"] = models.Organizations(node.Children);
                model["people"] = models.People(node.People);
                model["commitments"] = models.Commitments(node.Commitments);
                model["briefs"] = models.Briefs(node.Briefs);
                return model;
            })
            { Modified = Ordering.Latest(node.Briefs), Entity = node.Key };
        }
    }
}
