using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Markdown;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Briefings.Writing;

namespace Briefings;

/// <summary>
/// What one build leaves for the next of the same site, so that serve need not read, render or write again what
/// did not change: the parsed files and rendered bodies it reuses, and, after a full build, the templates, the
/// summaries, what each page showed and which files of the output are the tool's own.
/// </summary>
public sealed class BuildCache
{
    public ContentCache Content { get; } = new();

    public BodyCache Bodies { get; } = new();

    public TemplateSet? Templates { get; internal set; }

    public ViewModels? Models { get; internal set; }

    /// <summary>Output path of every page of the last good build → the entities it showed.</summary>
    public ConcurrentDictionary<string, IReadOnlySet<EntityKey>> Dependencies { get; internal set; } = new(StringComparer.Ordinal);

    /// <summary>The files of the live output folder the last full build wrote, kept up to date by the rebuilds after it.</summary>
    public OutputManifest? Output { get; internal set; }
}
