using Briefings.Graph;
using Briefings.Rendering.Models;
using Scriban.Runtime;

namespace Briefings.Rendering;

/// <summary>The <c>site</c> object every template sees.</summary>
public static class SiteModel
{
    public static ScriptObject Create(ContentGraph graph)
    {
        var config = graph.Config;
        return new ScriptObject
        {
            ["title"] = config.Title,
            ["description"] = config.Description,
            ["base_url"] = config.BaseUrl,
            ["language"] = config.Language,
            ["publisher"] = config.Publisher is { } publisher ? new ScriptObject { ["name"] = publisher.Name, ["url"] = publisher.Url } : null,
            ["brief_count"] = graph.Briefs.Count,
            ["nav"] = ViewModels.Array(new[]
            {
                ("briefs", "Briefs", "briefs/"),
                ("people", "People", "people/"),
                ("organizations", "Organizations", "organizations/"),
                ("commitments", "Commitments", "commitments/"),
                ("topics", "Topics", "topics/"),
                ("search", "Search", "search/"),
            }.Select(n => new ScriptObject { ["section"] = n.Item1, ["title"] = n.Item2, ["url"] = n.Item3 })),
        };
    }
}
