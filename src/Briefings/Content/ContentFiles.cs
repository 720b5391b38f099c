using Briefings.Diagnostics;

namespace Briefings.Content;

/// <param name="Length">The file's length as the folder listing found it, or null for a link, whose target was not asked.</param>
public sealed record ContentFile(ContentKind Kind, string FullPath, long? Length = null);

/// <summary>Lists the Markdown files under content/, by kind, in a stable order, never leaving the site folder.</summary>
public static class ContentFiles
{
    public static IReadOnlyList<ContentFile> Find(SiteSource source, DiagnosticBag diagnostics)
    {
        var files = new List<ContentFile>();
        Visit(source, diagnostics, files.Add);
        files.Sort(ByPath);
        return files;
    }

    /// <summary>Hands each file to <paramref name="found"/> as the walk comes to it, in no particular order.</summary>
    public static void Visit(SiteSource source, DiagnosticBag diagnostics, Action<ContentFile> found)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in ContentKinds.All)
        {
            var folder = Path.Combine(source.ContentDirectory, kind.Folder());
            SiteFileWalker.Visit(source, folder, diagnostics, visited, (path, length) =>
            {
                if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    found(new ContentFile(kind, path, length));
                }
            });
        }
    }

    /// <summary>The stable order of a site's files, whatever order the file system lists them in.</summary>
    public static int ByPath(ContentFile a, ContentFile b) => string.CompareOrdinal(a.FullPath, b.FullPath);
}
