using System.Collections.Concurrent;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Markdown;
using Briefings.Rendering.Templates;

namespace Briefings.Incremental;

/// <summary>
/// What <c>serve</c> keeps between builds: parsed files, rendered bodies, the templates, and for every
/// page what it depended on, together with each entity's fingerprints, so that a rebuild can tell
/// which pages an edit touches.
/// </summary>
public sealed class BuildState
{
    public ContentCache Content { get; } = new();

    public BodyCache Bodies { get; } = new();

    public TemplateSet? Templates { get; internal set; }

    public EntityFingerprints? Fingerprints { get; internal set; }

    /// <summary>The files of the live output folder the last full build wrote, kept up to date by the rebuilds after it.</summary>
    public Output.OutputManifest? Output { get; internal set; }

    /// <summary>Output path of every page of the last good build → the entities it showed.</summary>
    public ConcurrentDictionary<string, IReadOnlySet<EntityKey>> Dependencies { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Writes the data files (API, search) after a rebuild's pages, in the background.</summary>
    internal DataRefresher Data { get; } = new();

    internal void ResetPages() => Dependencies = new ConcurrentDictionary<string, IReadOnlySet<EntityKey>>(StringComparer.Ordinal);
}
