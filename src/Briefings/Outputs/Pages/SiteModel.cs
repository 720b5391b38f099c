using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages;

/// <summary>The <c>site</c> object every template sees.</summary>
public static class SiteModel
{
    /// <param name="templates">The site's templates, which say whether it adds a stylesheet of its own; none in benchmarks that render without.</param>
    public static TemplateModel Create(ContentGraph graph, TemplateSet? templates = null)
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
            // Only a date set on purpose is shown: today's would make every day's build differ.
            ["as_of"] = graph.Publishing.AsOfExplicit ? Dates.Iso(graph.Publishing.AsOf) : null,
            ["as_of_display"] = graph.Publishing.AsOfExplicit ? config.Text.Date(graph.Publishing.AsOf) : null,
            ["custom_css"] = templates?.HasAsset(TemplateSet.CustomStylesheet) ?? false,
            ["paginate"] = config.Paginate,
            ["nav"] = ViewModels.Array(new[] { "briefs", "people", "organizations", "commitments", "topics", "search" }
                .Select(section => new TemplateModel { ["section"] = section, ["title"] = config.Text.Text("nav." + section), ["url"] = section + "/" })),
        };
    }
}
