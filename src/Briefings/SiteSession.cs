namespace Briefings;

/// <summary>
/// A long-lived build of one site, for <c>serve</c>: the first build, then a rebuild after each change.
/// Rebuilds are serialized; each one leaves the last good site in place when it fails.
/// </summary>
public sealed class SiteSession
{
    private readonly object _gate = new();

    public SiteSession(BuildOptions options)
    {
        Options = options;
    }

    public BuildOptions Options { get; }

    /// <summary>The output of the last build that succeeded, or null before the first.</summary>
    public BuildResult? LastGood { get; private set; }

    public BuildResult Build() => Rebuild([]);

    /// <summary>
    /// Rebuilds after <paramref name="changedFiles"/> (absolute paths) changed. The result's
    /// <see cref="BuildResult.ChangedFiles"/> lists the output files whose bytes differ.
    /// </summary>
    public BuildResult Rebuild(IReadOnlyCollection<string> changedFiles)
    {
        lock (_gate)
        {
            var result = SiteBuilder.Build(Options);
            if (result.Succeeded)
            {
                LastGood = result;
            }

            return result;
        }
    }
}
