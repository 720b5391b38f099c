using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Writing;

namespace Briefings.Outputs.Static;

/// <summary>
/// The site's static/ folder, published as it is at the same place in the output: CNAME, .nojekyll, images,
/// downloads. Hidden files are published too, since hosts read some (.nojekyll, .well-known/); links out of
/// the site are not followed. A file may not take the place of one the build writes.
/// </summary>
public static class StaticFiles
{
    /// <summary>Copies every file of static/ into <paramref name="writer"/>, after the build's own files, which win every clash with an error.</summary>
    public static void Copy(SiteSource source, SiteWriter writer, DiagnosticBag diagnostics)
    {
        var files = SiteFileWalker.Files(source, source.StaticDirectory, diagnostics, includeHidden: true);
        files.Sort(StringComparer.Ordinal);
        foreach (var path in files)
        {
            var relative = Path.GetRelativePath(source.StaticDirectory, path).Replace('\\', '/');
            if (writer.Holds(relative) || relative == OutputOwnership.MarkerName)
            {
                diagnostics.Error(Codes.StaticFileClash, source.Relative(path), TextPosition.File,
                    $"'{relative}' is a file the build writes itself, so this copy would replace it; rename or move the file in static/");
                continue;
            }

            // A named pipe reports no length, and opening one blocks until something writes to it.
            writer.Write(relative, new FileInfo(path).Length == 0 ? [] : File.ReadAllBytes(path));
        }
    }
}
