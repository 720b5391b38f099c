using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Briefings.Writing;

namespace Briefings.Outputs.Pages;

/// <summary>
/// Renders pages in parallel through the templates and hands each to the writer as soon as it is done:
/// every page, or, for serve, only those <paramref name="select"/> picks. Records what each page depends on
/// when asked to. <c>only</c>, where given, limits the pages listed to those it names (see <see cref="PageSelection"/>).
/// <c>beside</c>, where given, is handed the list of every page as soon as it is known, and runs beside the pages: the
/// sitemap needs only that list, and written after the last page it kept one core busy and the other idle (~16 ms of
/// 10,000 briefs).
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
        PageSelection? only = null,
        Action<IReadOnlyList<PageJob>>? beside = null)
    {
        var models = viewModels ?? new ViewModels(graph);
        using var renderer = new PageRenderer(templates, SiteModel.Create(graph, templates), graph.Config.Text);
        var pages = new PageModel(graph, only);
        var jobs = SitePages.All(pages);
        var besideTask = beside is null ? Task.CompletedTask : Task.Run(() => beside(jobs));
        try
        {
            Render(graph, writer, diagnostics, models, renderer, pages, select is null ? jobs : jobs.Where(select).ToList(), dependencies);
        }
        finally
        {
            // Nothing may still be writing once the build goes on; its own failure is thrown just below.
            SideTasks.WaitQuietly(besideTask);
        }

        besideTask.GetAwaiter().GetResult();
        foreach (var asset in templates.Assets)
        {
            writer.Write(asset.Name, asset.Bytes);
        }

        return jobs;
    }

    private static void Render(
        ContentGraph graph,
        IOutputWriter writer,
        DiagnosticBag diagnostics,
        ViewModels models,
        PageRenderer renderer,
        PageModel pages,
        IReadOnlyList<PageJob> selected,
        ConcurrentDictionary<string, IReadOnlySet<EntityKey>>? dependencies)
    {
        var failedTemplates = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var reported = new System.Collections.Concurrent.ConcurrentDictionary<(string, int, int), byte>();
        var escaped = new ConcurrentQueue<OutputPathException>();

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
                var used = dependencies is not null ? new PageDependencies() : null;
                var model = job.Model(used is null ? models : models.RecordingInto(used));
                // Set here, from the entity the page is of, rather than by each page type: every entity page gets it alike.
                if (job.Entity is { } entity && pages.EditUrl(entity) is { } editUrl)
                {
                    model["edit_url"] = editUrl;
                }

                var (page, length) = renderer.RenderUtf8(job.Template, model, job.Layout);
                writer.WritePooled(job.OutputPath, page, length);
                if (dependencies is not null && used is not null)
                {
                    if (job.Entity is { } own)
                    {
                        used.Add(own);
                    }

                    dependencies[job.OutputPath] = used.ToSet(graph.KeysOf);
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
                escaped.Enqueue(e);
            }
        });

        // The build reports it, against the site's configuration, whatever its file is called.
        if (escaped.TryPeek(out var escape))
        {
            throw escape;
        }
    }
}
