using System.Security.Cryptography;

namespace Briefings.Tests.Hardening;

/// <summary>
/// What can be observed of a folder tree, one line per entry, so that a test can assert a build left it
/// exactly as it was. Links are recorded with their target and never followed: a test site may hold
/// links that loop or lead out of it.
/// </summary>
public static class FolderState
{
    /// <summary>Every entry with its modification time, and every file's bytes (as a SHA-256).</summary>
    public static IReadOnlyList<string> Exact(string folder)
    {
        var lines = new List<string> { Describe(new DirectoryInfo(folder), ".", withFolderTimes: true) };
        Walk(new DirectoryInfo(folder), folder, except: null, withFolderTimes: true, lines);
        return lines;
    }

    /// <summary>
    /// Every entry of <paramref name="root"/> except the <paramref name="except"/> subtree. Folder times are
    /// left out: a build adds and removes its staging folder beside the output, which touches its parent.
    /// </summary>
    public static IReadOnlyList<string> Outside(string root, string except)
    {
        var lines = new List<string>();
        Walk(new DirectoryInfo(root), root, Path.GetFullPath(except), withFolderTimes: false, lines);
        return lines;
    }

    /// <summary>Only the size and time of each file: cheap enough to take after each of thousands of builds.</summary>
    public static IReadOnlyList<string> Quick(string folder)
    {
        var lines = new List<string>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", SearchOption.AllDirectories).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var size = entry is FileInfo file ? file.Length : 0;
            lines.Add($"{Path.GetRelativePath(folder, entry.FullName)} {size} {entry.LastWriteTimeUtc.Ticks}");
        }

        return lines;
    }

    private static void Walk(DirectoryInfo folder, string root, string? except, bool withFolderTimes, List<string> lines)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (except is not null && entry.FullName == except)
            {
                continue;
            }

            lines.Add(Describe(entry, Path.GetRelativePath(root, entry.FullName), withFolderTimes));
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                Walk(directory, root, except, withFolderTimes, lines);
            }
        }
    }

    private static string Describe(FileSystemInfo entry, string path, bool withFolderTimes) => entry switch
    {
        _ when entry.LinkTarget is { } target => $"link {path} -> {target}",
        DirectoryInfo => withFolderTimes ? $"dir  {path} {entry.LastWriteTimeUtc:O}" : $"dir  {path}",
        FileInfo file => $"file {path} {file.Length} {file.LastWriteTimeUtc:O} {Hash(file.FullName)}",
        _ => $"?    {path}",
    };

    private static string Hash(string path)
    {
        // The oversized-file tests use sparse files of gigabytes, and the pipe tests named pipes, which
        // block whoever opens them: their size and time are enough.
        var length = new FileInfo(path).Length;
        if (length == 0 || length > 64 << 20)
        {
            return length == 0 ? "(empty)" : "(large)";
        }

        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream))[..16];
    }
}
