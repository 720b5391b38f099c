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

    /// <summary>Writes the data files (API, search) after a rebuild's pages, in the background.</summary>
    internal DataRefresher Data { get; } = new();
}
