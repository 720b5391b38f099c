using Briefings.Diagnostics;

namespace Briefings.Content;

public sealed record ContentFile(ContentKind Kind, string FullPath);

/// <summary>Lists the Markdown files under content/, by kind, in a stable order, never leaving the site folder.</summary>
public static class ContentFiles
{
    public static IReadOnlyList<ContentFile> Find(SiteSource source, DiagnosticBag diagnostics)
    {
        var files = new List<ContentFile>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in ContentKinds.All)
        {
            var folder = Path.Combine(source.ContentDirectory, kind.Folder());
            files.AddRange(SiteFileWalker.Files(source, folder, diagnostics, visited)
                .Where(path => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                .Select(path => new ContentFile(kind, path)));
        }

        files.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return files;
    }
}
