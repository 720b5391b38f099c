using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Images;
using Briefings.Writing;

namespace Briefings.Outputs.Images;

/// <summary>
/// Publishes every image the site shows in each of its planned widths and encodings. A variant is made once: it is kept
/// in the site's <c>.briefings-cache/images/</c> under the source's content hash, its size, encoding and quality, and
/// later builds copy it from there, so an unchanged image is never processed again. The cache is the tool's own:
/// a file in it is only ever added, or replaced by a whole new one.
/// </summary>
public static class ImageFiles
{
    public const string CacheFolder = ".briefings-cache";

    /// <summary>Writes the files into <paramref name="writer"/>; returns how many variants had to be made rather than copied.</summary>
    public static int Write(ContentGraph graph, SiteSource source, IOutputWriter writer, DiagnosticBag diagnostics)
    {
        var cache = Path.Combine(source.Root, CacheFolder, "images");
        var made = 0;
        var work = graph.Images.SelectMany(image => image.Variants.Select(variant => (image, variant))).ToList();
        Parallel.ForEach(work, item =>
        {
            var (image, variant) = item;
            try
            {
                if (variant.Encoding == ImageEncoding.Svg)
                {
                    writer.Write(variant.OutputPath, File.ReadAllBytes(image.FullPath));
                    return;
                }

                var cached = Path.Combine(cache, $"{image.Hash}-{variant.Width}x{variant.Height}-q{ImageCodec.Quality}.{SiteImages.Extension(variant.Encoding)}");
                byte[] bytes;
                if (File.Exists(cached))
                {
                    bytes = File.ReadAllBytes(cached);
                }
                else
                {
                    bytes = ImageCodec.Encode(image.FullPath, variant);
                    Store(cached, bytes);
                    Interlocked.Increment(ref made);
                }

                writer.Write(variant.OutputPath, bytes);
            }
            catch (NetVips.VipsException e)
            {
                diagnostics.Error(Codes.ImageUnreadable, image.Relative, TextPosition.File,
                    $"image could not be converted ({FirstLine(e.Message)}); re-export it as JPEG, PNG or WebP");
            }
        });
        return made;
    }

    /// <summary>
    /// Written beside its name and renamed into place, so a build killed mid-write leaves no half file to copy later.
    /// Where another build stored the same file first, that one stays and this one's temporary file goes.
    /// </summary>
    private static void Store(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllBytes(temporary, bytes);
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
