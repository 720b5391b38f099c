using System.Collections.Concurrent;

namespace Briefings.Output;

/// <summary>
/// Writes a build into a staging folder beside the target and swaps it in only when the whole build
/// succeeded, so a failed build leaves the previous site exactly as it was. Files whose bytes did not
/// change are hard-linked from the previous site rather than written. Safe to call from many threads.
/// </summary>
public sealed class SiteWriter : IOutputWriter, IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, byte> _created = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _changed = [];

    // With no previous site there is nothing to compare with or link from, and no file to look up.
    private readonly bool _hasPrevious;
    private int _written;
    private int _unchanged;
    private bool _done;

    public SiteWriter(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        _hasPrevious = Directory.Exists(_target);
        _staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_staging);
    }

    public int Written => _written;

    public int Unchanged => _unchanged;

    public int Files => _written + _unchanged;

    /// <summary>Site-relative paths of the files whose bytes differ from the previous build, sorted.</summary>
    public IReadOnlyList<string> Changed => _changed.Order(StringComparer.Ordinal).ToList();

    /// <summary>Writes one file of the site, by its path relative to the site root.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = OutputPaths.Resolve(_staging, relativePath);
        var folder = Path.GetDirectoryName(path)!;
        // The entry appears only once its folder exists, so another thread that finds it can write at once.
        _created.GetOrAdd(folder, static path =>
        {
            Directory.CreateDirectory(path);
            return 0;
        });

        if (_hasPrevious)
        {
            var previous = Path.Combine(_target, Path.GetRelativePath(_staging, path));
            if (OutputPaths.SameBytes(previous, bytes) && HardLinks.TryCreate(previous, path))
            {
                Interlocked.Increment(ref _unchanged);
                return;
            }
        }

        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        _changed.Add(relativePath.Replace('\\', '/'));
        Interlocked.Increment(ref _written);
    }

    /// <summary>Swaps the staging folder in for the target. Before this, the target is untouched.</summary>
    public void Commit()
    {
        _done = true;
        if (!Directory.Exists(_target))
        {
            Directory.Move(_staging, _target);
            return;
        }

        var retired = _staging.Replace(".staging-", ".retired-", StringComparison.Ordinal);
        Directory.Move(_target, retired);
        Directory.Move(_staging, _target);
        Directory.Delete(retired, recursive: true);
    }

    public void Dispose()
    {
        if (!_done && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }

        _done = true;
    }

}
