using System.IO.Enumeration;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Lists the files under a folder of the site without following links out of it: a symlink to /etc in
/// content/ or templates/assets/ must not make the build read or publish files the author never meant to
/// share. Links are judged by where they physically lead, and each folder is read once, so links back to
/// their own folder cannot make the walk loop or double at every level.
/// </summary>
public static class SiteFileWalker
{
    private const int MaxDepth = 32;

    /// <summary>
    /// Every file under <paramref name="folder"/>, skipping names that start with a dot unless <paramref name="includeHidden"/>;
    /// folders already in <paramref name="visited"/> are not read again.
    /// </summary>
    public static List<string> Files(SiteSource source, string folder, DiagnosticBag diagnostics, HashSet<string>? visited = null, bool includeHidden = false)
    {
        var files = new List<string>();
        Visit(source, folder, diagnostics, visited ?? new HashSet<string>(StringComparer.Ordinal), (path, _) => files.Add(path), includeHidden);
        return files;
    }

    /// <summary>
    /// Hands each file under <paramref name="folder"/> to <paramref name="found"/> as the walk comes to it, in no
    /// particular order, with its length where the listing gave it: for a file that is not a link, which is where it is.
    /// </summary>
    public static void Visit(SiteSource source, string folder, DiagnosticBag diagnostics, HashSet<string> visited, Action<string, long?> found, bool includeHidden = false)
    {
        var root = (RealPaths.Resolve(source.Root) ?? Path.GetFullPath(source.Root)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var real = RealPaths.Resolve(folder);
        if (real is null || !Directory.Exists(real))
        {
            return;
        }

        if (!real.StartsWith(root, StringComparison.Ordinal))
        {
            OutsideSite(source, folder, diagnostics);
            return;
        }

        if (visited.Add(real))
        {
            Walk(source, root, folder, real, found, diagnostics, depth: 0, visited, includeHidden);
        }
    }

    private static void Walk(SiteSource source, string root, string folder, string realFolder, Action<string, long?> found, DiagnosticBag diagnostics, int depth,
        HashSet<string> visited, bool includeHidden)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var entry in Entries(folder))
        {
            if (entry.Name.StartsWith('.') && !includeHidden)
            {
                continue;
            }

            // Only a link can lead elsewhere; anything else lies where its folder physically is.
            var real = entry.IsLink ? RealPaths.Resolve(entry.FullPath) : Path.Combine(realFolder, entry.Name);
            if (real is null || !real.StartsWith(root, StringComparison.Ordinal))
            {
                OutsideSite(source, entry.FullPath, diagnostics);
                continue;
            }

            if (entry.IsDirectory)
            {
                // A link up to a folder that holds one already read would read that one again, as the wrong kind.
                if (!visited.Add(real) || (entry.IsLink && visited.Any(v => v.StartsWith(real + Path.DirectorySeparatorChar, StringComparison.Ordinal))))
                {
                    diagnostics.Warning(Codes.SymlinkLoop, source.Relative(entry.FullPath), TextPosition.File,
                        "symbolic link leads to a folder that is already read, or to one holding it, so it was not followed; remove the link");
                    continue;
                }

                Walk(source, root, entry.FullPath, real, found, diagnostics, depth + 1, visited, includeHidden);
            }
            else
            {
                found(entry.FullPath, entry.IsLink ? null : entry.Length);
            }
        }
    }

    /// <summary>
    /// A folder's entries as the directory listing gives them: whether one is a link comes with its name, where
    /// asking each entry for its link target cost a readlink call per file (bench/README.md, "Content walk").
    /// A link's IsDirectory is its target's, as for DirectoryInfo.EnumerateFileSystemInfos. The length comes from
    /// the same status call as the attributes, so a reader need not ask for it again.
    /// </summary>
    private static FileSystemEnumerable<Entry> Entries(string folder) =>
        new(folder, static (ref FileSystemEntry entry) => new Entry(
                entry.FileName.ToString(),
                entry.ToFullPath(),
                entry.IsDirectory,
                (entry.Attributes & FileAttributes.ReparsePoint) != 0,
                entry.IsDirectory ? 0 : entry.Length),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false });

    private readonly record struct Entry(string Name, string FullPath, bool IsDirectory, bool IsLink, long Length);

    private static void OutsideSite(SiteSource source, string path, DiagnosticBag diagnostics) =>
        diagnostics.Warning(Codes.SymlinkOutsideSite, source.Relative(path), TextPosition.File,
            "symbolic link leads outside the site folder and was not followed; copy the file into the site instead");
}
