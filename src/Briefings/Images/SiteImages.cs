using System.Collections.Concurrent;
using System.Security.Cryptography;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Images;

/// <summary>
/// The image files a build uses, found from where they are written: relative to the content file, else to static/
/// (a path starting with '/' to static/ only). Each file is read once however often it is used, and its problems are
/// reported at every use. Safe to call from many threads. Nothing is processed here: that is the output's work.
/// </summary>
public sealed class SiteImages(SiteSource source, SiteConfig config)
{
    private static readonly string[] Raster = [".jpg", ".jpeg", ".png", ".webp", ".gif"];

    private readonly ConcurrentDictionary<string, Lazy<(ImageSource? Image, string? Code, string? Problem)>> _files = new(StringComparer.Ordinal);
    private readonly string _root = Path.TrimEndingDirectorySeparator(source.Root);

    /// <summary>Every image resolved without error, by path: what the output publishes.</summary>
    public IReadOnlyList<ImageSource> All =>
        [.. _files.Values.Select(f => f.Value.Image).OfType<ImageSource>().OrderBy(i => i.Relative, StringComparer.Ordinal)];

    /// <summary>Counts an image a cached body still uses, so that it is published although its body was not rendered again.</summary>
    public void Keep(ImageSource image) =>
        _files.TryAdd(image.FullPath, new Lazy<(ImageSource?, string?, string?)>((image, null, null)));

    /// <summary>The image <paramref name="src"/> names from <paramref name="file"/> (site-relative), or null after reporting why not.</summary>
    public ImageSource? Resolve(string file, string src, TextPosition at, DiagnosticBag diagnostics)
    {
        var shown = YamlFields.Shorten(src);
        if (src.Length == 0 || src.Contains('\0') || HasScheme(src) || src.StartsWith("//", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.ImageMissing, file, at, $"image '{shown}' is not a file of the site; put the image beside the content file or in static/ and give its path");
            return null;
        }

        var path = Uri.UnescapeDataString(src.Split('?', '#')[0]);
        var candidates = path.StartsWith('/')
            ? [Path.Combine(source.StaticDirectory, path.TrimStart('/'))]
            : new[] { Path.Combine(source.Root, Path.GetDirectoryName(file) ?? "", path), Path.Combine(source.StaticDirectory, path) };
        foreach (var candidate in candidates)
        {
            var full = Path.GetFullPath(candidate);
            if (!Inside(full))
            {
                diagnostics.Error(Codes.ImageOutsideSite, file, at,
                    $"image '{shown}' leads out of the site folder; every file the site uses must be inside it: copy the image beside the content file or into static/");
                return null;
            }

            if (!File.Exists(full))
            {
                continue;
            }

            var (image, code, problem) = _files.GetOrAdd(full, f => new(() => Read(f))).Value;
            if (image is null)
            {
                diagnostics.Error(code!, file, at, $"image '{shown}' {problem}");
            }

            return image;
        }

        diagnostics.Error(Codes.ImageMissing, file, at,
            $"image '{shown}' not found " + (path.StartsWith('/') ? "in static/" : $"beside {file} or in static/") + NearestFile(candidates, path));
        return null;
    }

    /// <summary>Where a front-matter image is placed; an image without alt text is an error, since its page would say nothing of it.</summary>
    public PlacedImage? Place(string file, ImageRef image, DiagnosticBag diagnostics)
    {
        var found = Resolve(file, image.Src, image.SrcAt, diagnostics);
        if (string.IsNullOrWhiteSpace(image.Alt))
        {
            diagnostics.Error(Codes.ImageWithoutAlt, file, image.At,
                "image has no 'alt:'; describe what it shows in a few words (screen readers read it, and it shows where the image cannot)");
            return null;
        }

        return found is null ? null : new PlacedImage(found, image.Alt.Trim(), image.Caption, image.Credit);
    }

    /// <summary>A did-you-mean among the files of the folders looked in ("tram.jpeg" for "tram.jpg"), or the usual advice.</summary>
    private static string NearestFile(IEnumerable<string> candidates, string path)
    {
        var names = candidates.Select(c => Path.GetDirectoryName(Path.GetFullPath(c))!).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d).Take(1000)).Select(Path.GetFileName).OfType<string>();
        var name = Path.GetFileName(path);
        var near = Suggestions.Nearest(name, names) ?? names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        var folder = Path.GetDirectoryName(path)?.Replace('\\', '/') is { Length: > 0 } f ? f + "/" : "";
        return near is null ? "; check the file name and its folder" : $"; did you mean '{folder}{near}'?";
    }

    /// <summary>Whether the path, every link on the way resolved, is in the site folder: a link out of it may not bring a file in.</summary>
    private bool Inside(string full)
    {
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        if (!File.Exists(full))
        {
            return true;
        }

        var real = RealPaths.Resolve(full);
        var realRoot = RealPaths.Resolve(_root) ?? _root;
        return real is not null && real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private (ImageSource?, string?, string?) Read(string full)
    {
        var relative = source.Relative(full);
        var extension = Path.GetExtension(full).ToLowerInvariant();
        var svg = extension == ".svg";
        if (!svg && !Raster.Contains(extension))
        {
            return (null, Codes.ImageUnreadable, "is not an image Briefings publishes; use a JPEG, PNG, WebP, GIF or SVG file");
        }

        FileInfo info;
        byte[] bytes;
        try
        {
            info = new FileInfo(full);
            if (info.Length > config.MaxImageBytes)
            {
                return (null, Codes.ImageTooLarge,
                    $"is {info.Length:N0} bytes, over the limit of {config.MaxImageBytes:N0}; make it smaller, or raise limits.max_image_bytes in site.config.yml");
            }

            bytes = File.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Codes.ImageUnreadable, $"cannot be read: {e.Message}");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
        var stem = Slugs.Slugify(Path.GetFileNameWithoutExtension(full), 40) is { Length: > 0 } slug ? slug : "image";
        if (svg)
        {
            if (!LooksLikeSvg(bytes))
            {
                return (null, Codes.ImageUnreadable, "is not an SVG image; re-export it, or use a JPEG, PNG or WebP file");
            }

            return (new ImageSource(full, relative, hash, 0, 0, [new ImageVariant(0, 0, ImageEncoding.Svg, $"images/{stem}-{hash[..10]}.svg")], info.Length, info.LastWriteTimeUtc), null, null);
        }

        if (ImageCodec.Unavailable is { } missing)
        {
            return (null, Codes.ImageLibraryMissing, $"cannot be processed: {missing}; it ships beside the tool's executable and must stay there (see README, 'Commands')");
        }

        if (ImageCodec.Size(full) is not var (width, height))
        {
            return (null, Codes.ImageUnreadable, "is not an image libvips can read (damaged, or not the kind its name says); re-export it as JPEG, PNG or WebP");
        }

        var variants = Plan(stem, hash, width, height, extension is ".png" or ".gif" ? ImageEncoding.Png : ImageEncoding.Jpeg);
        return (new ImageSource(full, relative, hash, width, height, variants, info.Length, info.LastWriteTimeUtc), null, null);
    }

    /// <summary>
    /// The configured widths no wider than the original, and the original's own width where a configured one is wider
    /// (so the largest screens get all there is, never an enlargement), each in the original's encoding and in WebP.
    /// </summary>
    private List<ImageVariant> Plan(string stem, string hash, int width, int height, ImageEncoding encoding)
    {
        var widths = config.ImageWidths.Where(w => w < width).ToList();
        if (widths.Count < config.ImageWidths.Count || widths.Count == 0)
        {
            widths.Add(width);
        }

        var variants = new List<ImageVariant>();
        foreach (var kind in new[] { encoding, ImageEncoding.Webp })
        {
            foreach (var w in widths)
            {
                var h = Math.Max(1, (int)Math.Round((double)height * w / width, MidpointRounding.AwayFromZero));
                variants.Add(new ImageVariant(w, h, kind, $"images/{stem}-{hash[..10]}-{w}.{Extension(kind)}"));
            }
        }

        return variants;
    }

    /// <summary>Whether it starts with a URL scheme ("https:", "data:"): a letter and more before a colon, before any slash.</summary>
    public static bool HasScheme(string src)
    {
        var colon = src.IndexOf(':');
        var slash = src.IndexOf('/');
        return colon > 1 && (slash < 0 || colon < slash) && char.IsAsciiLetter(src[0]);
    }

    public static string Extension(ImageEncoding encoding) => encoding switch
    {
        ImageEncoding.Jpeg => "jpg",
        ImageEncoding.Png => "png",
        ImageEncoding.Webp => "webp",
        _ => "svg",
    };

    private static bool LooksLikeSvg(byte[] bytes)
    {
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        return head.Contains("<svg", StringComparison.Ordinal);
    }
}
