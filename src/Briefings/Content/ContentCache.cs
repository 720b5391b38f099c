using System.Collections.Concurrent;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// What each content file gave the last time it was read, keyed by path and checked by size and
/// modification time, so <c>serve</c> re-reads only the files that changed. A file named as changed
/// by the watcher is read again whatever its time says, since an edit can keep both size and mtime.
/// </summary>
public sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private HashSet<string> _forced = new(StringComparer.Ordinal);

    /// <summary>Marks files to read again on the next load, whatever their size and time.</summary>
    public void Invalidate(IEnumerable<string> fullPaths) => _forced = new HashSet<string>(fullPaths, StringComparer.Ordinal);

    internal object? GetOrRead(string fullPath, DiagnosticBag diagnostics, Func<DiagnosticBag, object?> read)
    {
        var info = new FileInfo(fullPath);
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
        if (!_forced.Contains(fullPath) && _entries.TryGetValue(fullPath, out var cached) && cached.Stamp == stamp)
        {
            foreach (var diagnostic in cached.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return cached.Result;
        }

        var own = new DiagnosticBag();
        var result = read(own);
        var found = own.Sorted();
        foreach (var diagnostic in found)
        {
            diagnostics.Add(diagnostic);
        }

        _entries[fullPath] = new Entry(stamp, result, found);
        return result;
    }

    /// <summary>Forgets files that no longer exist, so a deleted file's entity leaves the site.</summary>
    internal void Retain(IReadOnlyCollection<string> fullPaths)
    {
        var keep = new HashSet<string>(fullPaths, StringComparer.Ordinal);
        foreach (var path in _entries.Keys)
        {
            if (!keep.Contains(path))
            {
                _entries.TryRemove(path, out _);
            }
        }

        _forced = new HashSet<string>(StringComparer.Ordinal);
    }

    private sealed record Entry((long Length, DateTime Modified) Stamp, object? Result, IReadOnlyList<Diagnostic> Diagnostics);
}
