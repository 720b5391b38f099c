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

    /// <summary>Output path of every page of an entity → that entity, for the pages of the last good build.</summary>
    public IReadOnlyDictionary<string, EntityKey> Owners { get; internal set; } = new Dictionary<string, EntityKey>(StringComparer.Ordinal);

    /// <summary>Which page is of which entity, from the list of a build's pages.</summary>
    internal static Dictionary<string, EntityKey> OwnersOf(IEnumerable<Outputs.Pages.PageJob> pages)
    {
        var owners = new Dictionary<string, EntityKey>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (page.Entity is { } entity)
            {
                owners[page.OutputPath] = entity;
            }
        }

        return owners;
    }

    /// <summary>The files of the live output folder the last full build wrote, kept up to date by the rebuilds after it.</summary>
    public OutputManifest? Output { get; internal set; }
}
