using Briefings.Content;

namespace Briefings.Incremental;

/// <summary>
/// A long-lived build of one site, for <c>serve</c>: the first build, then a rebuild after each change.
/// An edit to content re-renders only the pages it touches; a change to templates or the configuration,
/// which every page depends on, rebuilds the whole site. Rebuilds are serialized; each one leaves the
/// last good site in place when it fails.
/// </summary>
public sealed class SiteSession
{
    private readonly object _gate = new();
    private BuildState _state = new();
    private bool _built;

    public SiteSession(BuildOptions options)
    {
        Options = options;
    }

    public BuildOptions Options { get; }

    /// <summary>The output of the last build that succeeded, or null before the first.</summary>
    public BuildResult? LastGood { get; private set; }

    public BuildResult Build() => Rebuild([]);

    /// <summary>
    /// Rebuilds after <paramref name="changedFiles"/> (absolute paths of files or folders) changed. The
    /// result's <see cref="BuildResult.ChangedFiles"/> lists the output files whose bytes differ.
    /// </summary>
    public BuildResult Rebuild(IReadOnlyCollection<string> changedFiles)
    {
        lock (_gate)
        {
            BuildResult result;
            if (_built && !_state.NeedsFullBuild && OnlyContentFiles(changedFiles))
            {
                _state.Data.Pause();
                try
                {
                    _state.Cache.Content.Invalidate(changedFiles.Select(Path.GetFullPath));
                    result = (changedFiles.Count == 1 ? BriefEdit.TryRun(Options, _state, Path.GetFullPath(changedFiles.First())) : null) ??
                             IncrementalBuild.Run(Options, _state);
                }
                finally
                {
                    _state.Data.Resume();
                }
            }
            else
            {
                _state.Data.Stop();
                _state = new BuildState();
                result = SiteBuilder.Build(Options, _state.Cache);
                _built = result.Succeeded;
                if (result.Succeeded)
                {
                    _state.Fingerprints = EntityFingerprints.Compute(result.Graph!, _state.Cache.Models!);
                    _state.Last = (result.Graph!, _state.Cache.Models!, result.Diagnostics);
                }
            }

            if (result.Succeeded)
            {
                LastGood = result;
            }
            else
            {
                // The graph kept is the last good site's, not the content's as it now is: the next edit must read it all.
                _state.Last = null;
            }

            return result;
        }
    }

    /// <summary>Waits for data files a rebuild is still writing in the background.</summary>
    public void Settle() => _state.Data.Settle();

    /// <summary>
    /// Stops the background writing of data files for good, and returns once nothing more is written: before serve
    /// removes its temporary folder, which a refresh still writing would otherwise make again, search index and API
    /// files of a 100,000-brief site left behind (195 MB).
    /// </summary>
    public void Stop()
    {
        lock (_gate)
        {
            _state.Data.Stop();
        }
    }

    private bool OnlyContentFiles(IReadOnlyCollection<string> changedFiles)
    {
        var content = SiteSource.FromConfig(Options.ConfigPath).ContentDirectory + Path.DirectorySeparatorChar;
        return changedFiles.Count > 0 && changedFiles.All(path =>
        {
            var full = Path.GetFullPath(path);
            return full.StartsWith(content, StringComparison.Ordinal) && !Directory.Exists(full) &&
                   (full.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !File.Exists(full));
        });
    }
}
