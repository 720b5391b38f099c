using System.Text;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Output;
using Briefings.Rendering.Models;
using Briefings.Rendering.Pages;
using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering;

/// <summary>Renders every page in parallel through the templates and hands each to the writer as soon as it is done.</summary>
public static class RenderStage
{
    public static IReadOnlyList<PageJob> Run(ContentGraph graph, TemplateSet templates, SiteWriter writer, DiagnosticBag diagnostics)
    {
        var models = new ViewModels(graph);
        using var renderer = new PageRenderer(templates, SiteModel.Create(graph));
        var jobs = SitePages.All(new PageModel(graph, models));
        var failedTemplates = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var reported = new System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), byte>();

        Parallel.ForEach(jobs, job =>
        {
            // One broken template would fail every page that uses it; report it once, not ten thousand times.
            if (failedTemplates.ContainsKey(job.Template))
            {
                return;
            }

            try
            {
                var html = renderer.Render(job.Template, job.Model());
                writer.Write(job.OutputPath, Encoding.UTF8.GetBytes(html));
            }
            catch (TemplateError e)
            {
                failedTemplates.TryAdd(job.Template, 0);
                if (!reported.TryAdd((e.File, e.Line, e.Column), 0))
                {
                    return;
                }

                var code = e.Message.StartsWith("template '", StringComparison.Ordinal) ? Codes.TemplateMissing : Codes.TemplateRuntime;
                diagnostics.Error(code, e.File, new TextPosition(e.Line, e.Column), $"{e.Message} (while rendering {job.OutputPath})");
            }
            catch (OutputPathException e)
            {
                diagnostics.Error(Codes.OutputOutsideFolder, "site.config.yml", TextPosition.File, e.Message);
            }
        });

        foreach (var asset in templates.Assets)
        {
            writer.Write(asset.Name, asset.Bytes);
        }

        return jobs;
    }
}

/// <summary>The <c>site</c> object every template sees.</summary>
internal static class SiteModel
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
