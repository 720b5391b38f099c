using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>/topics/ and a page per topic listing its briefs, paged: <c>topics/x/page/2/</c> on.</summary>
internal static class TopicPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var graph = pages.Graph;
        var text = graph.Config.Text;
        foreach (var job in IndexPages.Jobs(pages, ContentKind.Topic, graph.Topics, "topics.html", "topics", text.Text("topic.topics"),
            text.Format("topic.index_description", graph.Topics.Count, graph.Config.Title), (models, topics) => models.Topics(topics)))
        {
            yield return job;
        }

        foreach (var node in pages.Listed(graph.Topics, ContentKind.Topic, graph.TopicsById))
        {
            var briefs = new PagedList<BriefNode>(node.Key.Url, node.Briefs, graph.Config.Paginate);
            foreach (var number in briefs.Numbers)
            {
                var url = briefs.PageUrl(number);
                yield return new PageJob(url, "topic.html", models =>
                {
                    var model = pages.Create(url, briefs.Title(text, node.Title, number), text.Format("topic.description", node.Title), "topics");
                    model["topic"] = models.Topic(node);
                    // The feed is the topic's, beside its first page; the later ones are two folders down, in page/n/.
                    model["feed"] = new TemplateModel { ["url"] = number == 1 ? "feed.xml" : "../../feed.xml", ["title"] = text.Format("feed.page", node.Title, graph.Config.Title) };
                    model["description_html"] = models.Body(node.Description);
                    model["briefs"] = models.Briefs(briefs.Page(number));
                    if (number == 1)
                    {
                        FeedDependencies.Record(models, node.Briefs, graph.Config);
                    }

                    model["pager"] = briefs.Pager(number);
                    return model;
                })
                { Modified = LatestDates.Of(briefs.Page(number)), Entity = node.Key };
            }
        }
    }
}
