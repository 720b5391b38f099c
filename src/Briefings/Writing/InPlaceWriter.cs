using System.Collections.Concurrent;

namespace Briefings.Writing;

/// <summary>
/// Writes files straight into a live output folder, for <c>serve</c>'s rebuilds of a few pages: a file
/// whose bytes are unchanged is left alone, and a changed one is written beside its target and renamed
/// over it, so a reader never sees half a page. It overwrites and deletes only files its
/// <see cref="OutputManifest"/> lists, and lists each file it adds.
/// </summary>
public sealed class InPlaceWriter(OutputManifest manifest) : IOutputWriter
{
    private readonly string _target = Path.GetFullPath(manifest.Folder).TrimEnd(Path.DirectorySeparatorChar);
    private readonly ConcurrentBag<string> _changed = [];

    /// <summary>Site-relative paths of the files written (their bytes changed), sorted.</summary>
    public IReadOnlyList<string> Changed => _changed.Order(StringComparer.Ordinal).ToList();

    public int Written => _changed.Count;

    /// <summary>The files of the folder the tool wrote, which are all this writer may overwrite or delete.</summary>
    public OutputManifest Manifest => manifest;

    /// <exception cref="OutputNotOwnedException">A file the tool did not write is in the way.</exception>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var (path, relative) = OutputPaths.Resolve(_target, relativePath);
        if (!manifest.Contains(relative))
        {
            if (Path.Exists(path) || relative == OutputOwnership.MarkerName)
            {
                throw new OutputNotOwnedException($"the output folder '{_target}' holds '{relative}', which Briefings did not write, so it was not overwritten; " +
                    "put files to publish with the site in static/, or remove it");
            }

            manifest.Add(relative);
        }
        else if (OutputPaths.SameBytes(path, bytes))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1))
        {
            stream.Write(bytes);
        }

        File.Move(temporary, path, overwrite: true);
        _changed.Add(relative);
    }

    /// <summary>Removes a page that no longer exists, and its folder once empty; a file the tool did not write is left alone.</summary>
    public void Delete(string relativePath)
    {
        var (path, relative) = OutputPaths.Resolve(_target, relativePath);
        if (!manifest.Contains(relative) || !File.Exists(path))
        {
            return;
        }

        File.Delete(path);
        manifest.Remove(relative);
        _changed.Add(relative);
        var folder = Path.GetDirectoryName(path)!;
        if (folder != _target && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>Records in the folder's marker the files added or deleted since the last save.</summary>
    public void SaveManifest() => manifest.Save();
}
