using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>A page per organization: description, parent and children, people, commitments, briefs; and /organizations/.</summary>
internal static class OrganizationPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var graph = pages.Graph;
        var text = graph.Config.Text;
        foreach (var job in IndexPages.Jobs(pages, ContentKind.Organization, graph.Organizations, "organizations.html", "organizations", text.Text("organization.organizations"),
            text.Format("organization.index_description", graph.Organizations.Count, graph.Config.Title), (models, organizations) => models.Organizations(organizations)))
        {
            yield return job;
        }

        foreach (var node in pages.Listed(graph.Organizations, ContentKind.Organization, graph.OrganizationsById))
        {
            var lists = new Lists(pages, node);
            yield return new PageJob(node.Url, "organization.html", models =>
            {
                var organization = node.Organization;
                var model = pages.Create(node.Url, organization.Name, text.Format("organization.description", organization.Name), "organizations");
                model["organization"] = models.Organization(node);
                model["json_ld"] = pages.JsonLd.Organization(node);
                model["feed"] = new TemplateModel(2) { ["url"] = "feed.xml", ["title"] = text.Format("organization.feed", organization.Name, graph.Config.Title) };
                model["aliases"] = ViewModels.Array(organization.Aliases);
                model["description_html"] = models.Body(node.Description);
                model["logo"] = node.Image is { } image ? ImageModels.Picture(image, (string)model["root"]!, ImageModels.ProfileSizes, lazy: false) : null;
                model["og_image"] = node.Image is { } shown ? ImageModels.OpenGraph(shown, graph.Config.BaseUrl) : null;
                model["parent"] = node.Parent is { } parent ? models.Organization(parent) : null;
                model["children"] = models.Organizations(lists.Children.Paged.Page(1));
                model["people"] = models.People(lists.People.Paged.Page(1));
                model["commitments"] = models.Commitments(lists.Commitments.Paged.Page(1));
                model["scorecard"] = FigureModels.Scorecard(models, node.Scorecard, "bars-own");
                model["members_scorecard"] = FigureModels.Scorecard(models, node.MembersScorecard, "bars-members");
                // The scorecards count every commitment, not only those the page lists.
                foreach (var commitment in node.Commitments)
                {
                    models.Depend(commitment.Key);
                }

                model["briefs"] = models.Mentions(lists.Briefs.Paged.Page(1), node.Key);
                model["more"] = new TemplateModel(4)
                {
                    ["children"] = lists.Children.Paged.More(),
                    ["people"] = lists.People.Paged.More(),
                    ["commitments"] = lists.Commitments.Paged.More(),
                    ["briefs"] = lists.Briefs.Paged.More(),
                };
                return model;
            })
            { Modified = lists.Modified, Entity = node.Key };

            foreach (var job in lists.Jobs(pages))
            {
                yield return job;
            }
        }
    }

    /// <summary>An organization's lists that grow with the content, each shown in part on its page and whole at its own URL.</summary>
    private sealed class Lists
    {
        public Lists(PageModel pages, OrganizationNode node)
        {
            var name = node.Organization.Name;
            var text = pages.Graph.Config.Text;
            var lists = new EntityLists(pages, node.Key, name, "organizations");
            var modified = Modified = LatestDates.Of(node.Briefs);
            Children = lists.Make(node.Children, "children/", "organizations", text.Format("organization.children_title", name), (models, child) => models.Organization(child), _ => modified);
            People = lists.Make(node.People, "people/", "people", text.Format("organization.people_title", name), (models, person) => models.Person(person), _ => modified);
            Commitments = lists.Make(node.Commitments, "commitments/", "commitments", text.Format("organization.commitments_title", name), (models, commitment) => models.Commitment(commitment), LatestDates.Of);
            Briefs = lists.Make(node.Briefs, "briefs/", "mentions", text.Format("organization.briefs_title", name), (models, brief) => models.Mention(brief, node.Key), LatestDates.Of);
        }

        /// <summary>The date of its newest brief: what its page, and the lists with no date of their own, last changed with.</summary>
        public DateOnly? Modified { get; }

        public EntityList<OrganizationNode> Children { get; }

        public EntityList<PersonNode> People { get; }

        public EntityList<CommitmentNode> Commitments { get; }

        public EntityList<BriefNode> Briefs { get; }

        /// <summary>The pages of those lists that are longer than a page.</summary>
        public IEnumerable<PageJob> Jobs(PageModel pages) =>
            ListPage.Jobs(pages, Children).Concat(ListPage.Jobs(pages, People)).Concat(ListPage.Jobs(pages, Commitments)).Concat(ListPage.Jobs(pages, Briefs));
    }
}
