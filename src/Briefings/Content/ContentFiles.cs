using Briefings.Diagnostics;

namespace Briefings.Content;

public sealed record ContentFile(ContentKind Kind, string FullPath);

/// <summary>
/// Lists the Markdown files under content/, in a stable order, without following links out of the site:
/// a symlink to /etc must not make the build read or publish files the author never meant to share.
/// </summary>
public static class ContentFiles
{
    public static IReadOnlyList<ContentFile> Find(SiteSource source, DiagnosticBag diagnostics)
    {
        var files = new List<ContentFile>();
        var root = Path.GetFullPath(source.Root);
        foreach (var kind in ContentKinds.All)
        {
            var folder = Path.Combine(source.ContentDirectory, kind.Folder());
            if (Directory.Exists(folder))
            {
                Walk(source, root, kind, folder, files, diagnostics, depth: 0);
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return files;
    }

    private static void Walk(SiteSource source, string root, ContentKind kind, string folder, List<ContentFile> files, DiagnosticBag diagnostics, int depth)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
            {
                continue;
            }

            if (entry.LinkTarget is not null && !LeadsInside(entry, root))
            {
                diagnostics.Warning(Codes.SymlinkOutsideSite, source.Relative(entry.FullName), TextPosition.File,
                    "symbolic link leads outside the site folder and was not followed; copy the file into content/ instead");
                continue;
            }

            if (entry is DirectoryInfo directory)
            {
                Walk(source, root, kind, directory.FullName, files, diagnostics, depth + 1);
            }
            else if (entry.Name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(new ContentFile(kind, entry.FullName));
            }
        }
    }

    private static bool LeadsInside(FileSystemInfo entry, string root)
    {
        try
        {
            var target = entry.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists)
            {
                return false;
            }

            var full = Path.GetFullPath(target.FullName);
            return full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }
}
