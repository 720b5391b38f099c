using Briefings.Content;
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
        var text = graph.Config.Text;
        foreach (var job in IndexPages.Jobs(pages, ContentKind.Person, graph.People, "people.html", "people", text.Text("person.people"),
            text.Format("person.index_description", graph.People.Count, graph.Config.Title), (models, people) => models.People(people)))
        {
            yield return job;
        }

        foreach (var node in pages.Listed(graph.People, ContentKind.Person, graph.PeopleById))
        {
            var lists = new Lists(pages, node);
            yield return new PageJob(node.Url, "person.html", models =>
            {
                var person = node.Person;
                var description = person.Role is { } role ? text.Format("person.description_role", person.Name, role) : text.Format("person.description", person.Name);
                var model = pages.Create(node.Url, person.Name, description, "people");
                model["person"] = models.Person(node);
                model["og_type"] = "profile";
                model["json_ld"] = pages.JsonLd.Person(node);
                model["feed"] = new TemplateModel(2) { ["url"] = "feed.xml", ["title"] = text.Format("feed.page", person.Name, graph.Config.Title) };
                model["aliases"] = ViewModels.Array(person.Aliases);
                model["bio"] = models.Body(node.Bio);
                model["portrait"] = node.Image is { } image ? ImageModels.Picture(image, (string)model["root"]!, ImageModels.ProfileSizes, lazy: false) : null;
                model["og_image"] = node.Image is { } shown ? ImageModels.OpenGraph(shown, graph.Config.BaseUrl) : null;
                model["links"] = ViewModels.Array(person.Links.Select(l => new TemplateModel(2) { ["title"] = l.Title, ["url"] = l.Url }));
                model["quotes"] = ViewModels.Array(lists.Quotes.Paged.Page(1).Select(models.Quote));
                model["commitments"] = models.Commitments(lists.Commitments.Paged.Page(1));
                model["scorecard"] = FigureModels.Scorecard(models, node.Scorecard, "bars");
                // The scorecard counts every commitment, not only those the page lists.
                foreach (var commitment in node.Commitments)
                {
                    models.Depend(commitment.Key);
                }

                model["spoken_in"] = models.Mentions(lists.SpokenIn.Paged.Page(1), node.Key);
                model["mentioned_in"] = models.Mentions(lists.MentionedIn.Paged.Page(1), node.Key);
                FeedDependencies.Record(models, node.MentionedIn, graph.Config);
                model["more"] = new TemplateModel(4)
                {
                    ["quotes"] = lists.Quotes.Paged.More(),
                    ["commitments"] = lists.Commitments.Paged.More(),
                    ["spoken_in"] = lists.SpokenIn.Paged.More(),
                    ["mentioned_in"] = lists.MentionedIn.Paged.More(),
                };
                model["topic_pages"] = ViewModels.Array(node.Topics.Select(pair => new TemplateModel(3)
                {
                    ["topic"] = models.Topic(pair.Topic),
                    ["url"] = pair.Url,
                    ["count"] = pair.Briefs.Count,
                }));
                model["appears_with"] = ViewModels.Array(node.AppearsWith.Select(c => new TemplateModel(2)
                {
                    ["person"] = models.Person(c.Person),
                    ["count"] = c.Count,
                }));
                return model;
            })
            { Modified = Ordering.Latest(node.MentionedIn), Entity = node.Key };

            foreach (var job in lists.Jobs(pages).Concat(PersonTopicPage.Jobs(pages, node)))
            {
                yield return job;
            }
        }
    }

    /// <summary>A person's lists that grow with the content, each shown in part on their page and whole at its own URL.</summary>
    private sealed class Lists
    {
        public Lists(PageModel pages, PersonNode node)
        {
            var name = node.Person.Name;
            var text = pages.Graph.Config.Text;
            var lists = new EntityLists(pages, node.Key, name, "people");
            var spoken = node.SpokenIn.ToHashSet();
            Quotes = lists.Make(node.Quotes, "quotes/", "quotes", text.Format("person.quotes_by", name), (models, quote) => models.Quote(quote), LatestDates.Of);
            Commitments = lists.Make(node.Commitments, "commitments/", "commitments", text.Format("person.commitments_by", name), (models, commitment) => models.Commitment(commitment), LatestDates.Of);
            SpokenIn = lists.Make(node.SpokenIn, "briefs/", "mentions", text.Format("person.spoken_in_title", name), (models, brief) => models.Mention(brief, node.Key), LatestDates.Of);
            MentionedIn = lists.Make([.. node.MentionedIn.Where(b => !spoken.Contains(b))], "mentions/", "mentions", text.Format("person.mentioned_in_title", name), (models, brief) => models.Mention(brief, node.Key), LatestDates.Of);
        }

        public EntityList<QuoteEntry> Quotes { get; }

        public EntityList<CommitmentNode> Commitments { get; }

        public EntityList<BriefNode> SpokenIn { get; }

        public EntityList<BriefNode> MentionedIn { get; }

        /// <summary>The pages of those lists that are longer than a page.</summary>
        public IEnumerable<PageJob> Jobs(PageModel pages) =>
            ListPage.Jobs(pages, Quotes).Concat(ListPage.Jobs(pages, Commitments)).Concat(ListPage.Jobs(pages, SpokenIn)).Concat(ListPage.Jobs(pages, MentionedIn));
    }
}
