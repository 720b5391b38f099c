using System.Collections.Concurrent;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Output;
using Briefings.Rendering.Models;
using Briefings.Rendering.Pages;
using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering;

/// <summary>
/// Renders pages in parallel through the templates and hands each to the writer as soon as it is done:
/// every page, or, for serve, only those <paramref name="select"/> picks. Records what each page depends on
/// when asked to.
/// </summary>
public static class RenderStage
{
    public static IReadOnlyList<PageJob> Run(
        ContentGraph graph,
        TemplateSet templates,
        IOutputWriter writer,
        DiagnosticBag diagnostics,
        ViewModels? viewModels = null,
        Func<PageJob, bool>? select = null,
        ConcurrentDictionary<string, IReadOnlySet<EntityKey>>? dependencies = null,
        Action<IReadOnlyList<PageJob>>? listed = null)
    {
        var models = viewModels ?? new ViewModels(graph);
        using var renderer = new PageRenderer(templates, SiteModel.Create(graph));
        var jobs = SitePages.All(new PageModel(graph, models));
        // What lists the pages (the sitemap) needs only their list, which is known before any is rendered.
        listed?.Invoke(jobs);
        var selected = select is null ? jobs : jobs.Where(select).ToList();
        var failedTemplates = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var reported = new System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), byte>();

        Parallel.ForEach(selected, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            // One broken template would fail every page that uses it; report it once, not ten thousand times.
            if (failedTemplates.ContainsKey(job.Template))
            {
                return;
            }

            try
            {
                // Recording costs a set insert per summary a page shows; only serve needs it.
                if (dependencies is not null)
                {
                    ViewModels.BeginRecording();
                }

                var model = job.Model();
                var used = dependencies is not null ? ViewModels.EndRecording() : null;
                var (page, length) = renderer.RenderUtf8(job.Template, model);
                writer.WritePooled(job.OutputPath, page, length);
                if (dependencies is not null && used is not null)
                {
                    if (job.Entity is { } own)
                    {
                        used.Add(own);
                    }

                    dependencies[job.OutputPath] = used;
                }
            }
            catch (TemplateError e)
            {
                failedTemplates.TryAdd(job.Template, 0);
                if (!reported.TryAdd((e.File, e.Line, e.Column), 0))
                {
                    return;
                }

                var code = e.Message.StartsWith("template '", StringComparison.Ordinal) ? Codes.TemplateMissing : Codes.TemplateRuntime;
                diagnostics.Error(code, e.File, new TextPosition(e.Line, e.Column), $"{e.Describe()} (while rendering {job.OutputPath})");
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
