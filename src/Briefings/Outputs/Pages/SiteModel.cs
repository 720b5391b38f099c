using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>The <c>site</c> object every template sees.</summary>
public static class SiteModel
{
    public static TemplateModel Create(ContentGraph graph)
    {
        var config = graph.Config;
        return new TemplateModel
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl,
            ["language"] = config.Language,
            ["publisher"] = config.Publisher is { } publisher ? new TemplateModel { ["name"] = publisher.Name, ["url"] = publisher.Url } : null,
            ["brief_count"] = graph.Briefs.Count,
            ["paginate"] = config.Paginate,
            ["nav"] = ViewModels.Array(new[]
            {
                ("briefs", "Briefs", "briefs/"),
                ("people", "People", "people/"),
                ("organizations", "Organizations", "organizations/"),
                ("commitments", "Commitments", "commitments/"),
                ("topics", "Topics", "topics/"),
                ("search", "Search", "search/"),
            }.Select(n => new TemplateModel { ["section"] = n.Item1, ["title"] = n.Item2, ["url"] = n.Item3 })),
        };
    }
}
