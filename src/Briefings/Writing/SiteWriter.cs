using System.Collections.Concurrent;

namespace Briefings.Writing;

/// <summary>
/// Writes a build into a staging folder beside the target and swaps it in only when the whole build
/// succeeded, so a failed build leaves the previous site exactly as it was. Files whose bytes did not
/// change are hard-linked from the previous site rather than written. Safe to call from many threads.
/// The target is replaced only when it is the tool's own (<see cref="OutputOwnership"/>), and whatever
/// happens the staging folder does not outlive the writer.
/// </summary>
public sealed class SiteWriter : IOutputWriter, IDisposable
{
    private readonly string _target;
    private readonly StagingFolder _staging;
    private readonly ConcurrentDictionary<string, byte> _created = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _changed = [];

    // With no previous site there is nothing to compare with or link from, and no file to look up.
    private readonly bool _hasPrevious;
    private int _written;
    private int _unchanged;

    /// <exception cref="OutputNotOwnedException">The target holds what the tool did not make.</exception>
    public SiteWriter(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        OutputOwnership.Demand(_target);
        _hasPrevious = Directory.Exists(_target);
        _staging = StagingFolder.Create(_target);
    }

    public int Written => _written;

    public int Unchanged => _unchanged;

    public int Files => _written + _unchanged;

    /// <summary>Site-relative paths of the files whose bytes differ from the previous build, sorted.</summary>
    public IReadOnlyList<string> Changed => _changed.Order(StringComparer.Ordinal).ToList();

    /// <summary>Site-relative paths of every file of this build, written or linked.</summary>
    public IReadOnlyCollection<string> AllFiles => (IReadOnlyCollection<string>)_files.Keys;

    /// <summary>Whether this build has written the file at <paramref name="relativePath"/> already.</summary>
    public bool Holds(string relativePath) => _files.ContainsKey(relativePath);

    /// <summary>Writes one file of the site, by its path relative to the site root.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var (relative, path) = Place(relativePath);
        WriteFile(relative, path, bytes);
    }

    /// <summary>A file written into the staging folder as it is made, and linked from the previous site if unchanged.</summary>
    public OutputFile Open(string relativePath)
    {
        var (relative, path) = Place(relativePath);
        var previous = _hasPrevious ? Path.Combine(_target, relative) : null;
        return new StagedFile(path, previous, same => Completed(relative, path, same ? previous : null));
    }

    /// <summary>
    /// Counts a file written piece by piece; where it has <paramref name="identical"/>'s bytes (a file of the previous
    /// site), that file takes its place in the staging folder, so that its modification time stays, and where the
    /// system cannot link it, its bytes are copied.
    /// </summary>
    private void Completed(string relative, string path, string? identical)
    {
        if (identical is not null)
        {
            // The file deleted is the one this build has just written into its own staging folder.
            File.Delete(path);
            if (HardLinks.TryCreate(identical, path))
            {
                Interlocked.Increment(ref _unchanged);
                return;
            }

            File.Copy(identical, path);
        }

        _changed.Add(relative);
        Interlocked.Increment(ref _written);
    }

    /// <summary>Where a file goes in the staging folder, its folder made; refused if it would leave it or be the marker.</summary>
    private (string Relative, string Path) Place(string relativePath)
    {
        var (path, relative) = OutputPaths.Resolve(_staging.Path, relativePath);
        if (relative == OutputOwnership.MarkerName)
        {
            throw new OutputPathException(relativePath);
        }

        var folder = Path.GetDirectoryName(path)!;
        // The entry appears only once its folder exists, so another thread that finds it can write at once.
        _created.GetOrAdd(folder, static path =>
        {
            Directory.CreateDirectory(path);
            return 0;
        });

        _files.TryAdd(relative, 0);
        return (relative, path);
    }

    /// <summary>
    /// Marks the new site as the tool's own and swaps it in for the target, which must still be the tool's
    /// own. Before this, the target is untouched; if the swap fails, the target is as it was.
    /// </summary>
    /// <exception cref="OutputNotOwnedException">Something not the tool's own appeared in the target during the build.</exception>
    public void Commit()
    {
        var marker = OutputOwnership.MarkerBytes(_files.Keys);
        WriteFile(OutputOwnership.MarkerName, Path.Combine(_staging.Path, OutputOwnership.MarkerName), marker, counted: false);
        _staging.Promote(_target);
    }

    public void Dispose() => _staging.Dispose();

    /// <summary>
    /// Removes the staging folders of this process's builds that a failure left, such as running out of memory while
    /// one was being removed: for a command's last step, once the failure has let go of the memory it held.
    /// </summary>
    public static void RemoveAbandoned() => StagingFolder.RemoveAbandoned();

    private void WriteFile(string relative, string path, ReadOnlySpan<byte> bytes, bool counted = true)
    {
        if (_hasPrevious)
        {
            var previous = Path.Combine(_target, relative);
            if (OutputPaths.SameBytes(previous, bytes) && HardLinks.TryCreate(previous, path))
            {
                if (counted)
                {
                    Interlocked.Increment(ref _unchanged);
                }

                return;
            }
        }

        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        if (counted)
        {
            _changed.Add(relative);
            Interlocked.Increment(ref _written);
        }
    }
}
