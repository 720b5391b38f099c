using System.Collections.Concurrent;

namespace Briefings.Output;

/// <summary>
/// Writes files straight into a live output folder, for <c>serve</c>'s rebuilds of a few pages: a file
/// whose bytes are unchanged is left alone, and a changed one is written beside its target and renamed
/// over it, so a reader never sees half a page.
/// </summary>
public sealed class InPlaceWriter(string target) : IOutputWriter
{
    private readonly string _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
    private readonly ConcurrentBag<string> _changed = [];

    /// <summary>Site-relative paths of the files written (their bytes changed), sorted.</summary>
    public IReadOnlyList<string> Changed => _changed.Order(StringComparer.Ordinal).ToList();

    public int Written => _changed.Count;

    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = OutputPaths.Resolve(_target, relativePath);
        if (OutputPaths.SameBytes(path, bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Environment.CurrentManagedThreadId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1))
        {
            stream.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
        _changed.Add(relativePath.Replace('\\', '/'));
    }

    /// <summary>Removes a page that no longer exists, and its folder once empty.</summary>
    public void Delete(string relativePath)
    {
        var path = OutputPaths.Resolve(_target, relativePath);
        if (!File.Exists(path))
        {
            return;
        }

        File.Delete(path);
        _changed.Add(relativePath.Replace('\\', '/'));
        var folder = Path.GetDirectoryName(path)!;
        if (folder != _target && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }
}
