using System.IO.Enumeration;
using System.Text;

namespace Briefings.Writing;

/// <summary>
/// A build replaces its output folder whole, so it may only ever replace a folder it made. Every site the
/// tool writes holds a marker file listing the files that build wrote; a folder is the tool's own when it
/// is missing, empty, or marked and holding nothing but what its marker lists. Every path that deletes or
/// renames output asks here first.
/// </summary>
public static class OutputOwnership
{
    public const string MarkerName = ".briefings-output";

    private const string Header = "briefings-output 1";

    /// <summary>
    /// Why a build may not write into <paramref name="target"/>, or null when it may. With the site's
    /// <paramref name="siteRoot"/> and <paramref name="sourceFolders"/>, a folder that holds the site or lies in
    /// one of those folders is refused too.
    /// </summary>
    public static string? Refusal(string target, string? siteRoot = null, IEnumerable<string>? sourceFolders = null)
    {
        var full = Path.GetFullPath(target);
        var shown = Shown(full);
        if (siteRoot is not null && OverlapsSite(full, siteRoot, sourceFolders ?? []))
        {
            return $"the output folder '{shown}' would replace the site's own files; choose a folder outside content/, templates/ and static/, such as _site";
        }

        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            return $"the output folder '{shown}' is a symbolic link; give --out the folder it leads to, or another folder";
        }

        if (info.Exists)
        {
            return $"the output folder '{shown}' is a file, not a folder; give --out a folder that is missing, empty or an earlier Briefings output";
        }

        if (!Directory.Exists(full) || !Directory.EnumerateFileSystemEntries(full).Any())
        {
            return null;
        }

        if (ReadMarker(full) is not { } listed)
        {
            return $"the output folder '{shown}' already holds files and was not made by Briefings (it has no {MarkerName} file), so nothing in it was changed; " +
                "give --out a missing or empty folder. If it is the output of an earlier version of Briefings, which wrote no marker, delete it once and build again";
        }

        return FirstForeignEntry(full, listed) is { } foreign
            ? $"the output folder '{shown}' holds '{foreign}', which Briefings did not write, so nothing in it was changed (a build replaces the whole folder); " +
              "put files to publish with the site in static/, which every build copies as they are, or remove it"
            : null;
    }

    /// <summary>Throws unless <paramref name="target"/> is the tool's own, as <see cref="Refusal"/> judges it.</summary>
    /// <exception cref="OutputNotOwnedException">The folder holds what the tool did not make.</exception>
    public static void Demand(string target)
    {
        if (Refusal(target) is { } refusal)
        {
            throw new OutputNotOwnedException(refusal);
        }
    }

    /// <summary>The site-relative paths the marker in <paramref name="folder"/> lists, or null when it has none.</summary>
    internal static HashSet<string>? ReadMarker(string folder)
    {
        var path = Path.Combine(folder, MarkerName);
        var info = new FileInfo(path);
        if (!info.Exists || info.LinkTarget is not null)
        {
            return null;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        if (reader.ReadLine() != Header)
        {
            return null;
        }

        var listed = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                listed.Add(line);
            }
        }

        return listed;
    }

    /// <summary>Writes the marker listing <paramref name="files"/> (site-relative, '/'-separated), replacing any earlier one at once.</summary>
    internal static void WriteMarker(string folder, IEnumerable<string> files)
    {
        var temporary = Path.Combine(folder, $"{MarkerName}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(MarkerBytes(files));
        }

        File.Move(temporary, Path.Combine(folder, MarkerName), overwrite: true);
    }

    /// <summary>The marker's bytes: its header, then the files in ordinal order, so the same build gives the same marker.</summary>
    internal static byte[] MarkerBytes(IEnumerable<string> files)
    {
        var text = new StringBuilder(Header).Append('\n')
            .Append("# Written by Briefings: the files its last build wrote here. A build replaces this folder whole,\n")
            .Append("# so it refuses to when the folder holds anything not listed; files to publish belong in static/.\n");
        // Names are distinct, so an unstable sort gives the order a stable one would, for less: the marker of 25,000 files
        // took 11-13 ms to make rather than 13-18.
        var sorted = files.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        foreach (var file in sorted)
        {
            text.Append(file).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>
    /// The first entry, in ordinal order, that the marker does not account for: a file it does not list, a
    /// folder that holds no listed file, or any link (the tool makes none). Null when there is none.
    /// </summary>
    internal static string? FirstForeignEntry(string folder, IReadOnlySet<string> listed)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in listed)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(file[..slash]))
                {
                    break;
                }
            }
        }

        var pending = new Stack<string>();
        pending.Push("");
        string? first = null;
        while (pending.TryPop(out var relative))
        {
            foreach (var entry in Entries(relative.Length == 0 ? folder : Path.Combine(folder, relative)))
            {
                var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                var owned = !entry.IsLink && (entry.IsDirectory ? folders.Contains(path) : listed.Contains(path) || path == MarkerName);
                if (!owned)
                {
                    first = first is null || string.CompareOrdinal(path, first) < 0 ? path : first;
                }
                else if (entry.IsDirectory)
                {
                    pending.Push(path);
                }
            }
        }

        return first;
    }

    private static FileSystemEnumerable<(string Name, bool IsDirectory, bool IsLink)> Entries(string folder) =>
        new(folder, static (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false });

    private static bool OverlapsSite(string output, string siteRoot, IEnumerable<string> sourceFolders)
    {
        var trimmed = Trim(output);
        return Within(Trim(Path.GetFullPath(siteRoot)), trimmed) || sourceFolders.Any(folder => Within(trimmed, Trim(Path.GetFullPath(folder))));
    }

    /// <summary>The path without a trailing separator, except the file system's root, which is nothing without it.</summary>
    private static string Trim(string path) => path.Length > 1 ? path.TrimEnd(Path.DirectorySeparatorChar) : path;

    private static string Shown(string path) => Trim(path);

    private static bool Within(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
