using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Markdown;
using Briefings.Outputs.Pages.Models;

namespace Briefings.Incremental;

/// <summary>
/// What <c>serve</c> keeps between builds: the build cache (files, bodies, templates, and what each page
/// showed), each entity's fingerprints, so that a rebuild can tell which pages an edit touches, and the
/// background writer of the data files.
/// </summary>
public sealed class BuildState
{
    public BuildCache Cache { get; } = new();

    public EntityFingerprints? Fingerprints { get; internal set; }

    /// <summary>The graph of the last good build, its summaries and its diagnostics: what a one-brief edit updates.</summary>
    internal (ContentGraph Graph, ViewModels Models, IReadOnlyList<Diagnostic> Diagnostics)? Last { get; set; }

    /// <summary>Set when a rebuild failed after it had taken in the edit: the next build is a full one.</summary>
    internal bool NeedsFullBuild { get; set; }

    /// <summary>The renderer of single bodies for the last graph's ids and names, made on the first edit that needs it.</summary>
    internal (EntityIndex Index, BodyRenderer Renderer)? Bodies { get; set; }

    /// <summary>Writes the data files (API, search) after a rebuild's pages, in the background.</summary>
    internal DataRefresher Data { get; } = new();
}
