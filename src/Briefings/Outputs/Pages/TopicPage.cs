using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>/topics/ and a page per topic listing its briefs.</summary>
internal static class TopicPage
{
    public static IEnumerable<PageJob> Jobs(PageModel pages)
    {
        var graph = pages.Graph;
        yield return new PageJob("topics/", "topics.html", models =>
        {
            var model = pages.Create("topics/", "Topics", $"The {graph.Topics.Count} topics of {graph.Config.Title}.", "topics");
            model["topics"] = models.Topics(graph.Topics);
            return model;
        })
        { Modified = Ordering.Latest(graph.Briefs) };

        foreach (var node in graph.Topics)
        {
            yield return new PageJob(node.Key.Url, "topic.html", models =>
            {
                var model = pages.Create(node.Key.Url, node.Title, $"Briefs on {node.Title}.", "topics");
                model["topic"] = models.Topic(node);
                model["feed"] = new TemplateModel { ["url"] = "feed.xml", ["title"] = $"{node.Title} · {graph.Config.Title}" };
                model["description_html"] = models.Body(node.Description);
                model["briefs"] = models.Briefs(node.Briefs);
                return model;
            })
            { Modified = Ordering.Latest(node.Briefs), Entity = node.Key };
        }
    }
}
