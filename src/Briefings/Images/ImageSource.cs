namespace Briefings.Images;

/// <summary>The encodings an image is published in: the original's kind (JPEG, or PNG where it may be transparent) and WebP beside it.</summary>
public enum ImageEncoding
{
    Jpeg,
    Png,
    Webp,
    Svg,
}

/// <summary>One published file of an image: a width in one encoding, at a path relative to the site root.</summary>
public sealed record ImageVariant(int Width, int Height, ImageEncoding Encoding, string OutputPath)
{
    public string MimeType => Encoding switch
    {
        ImageEncoding.Jpeg => "image/jpeg",
        ImageEncoding.Png => "image/png",
        ImageEncoding.Webp => "image/webp",
        _ => "image/svg+xml",
    };
}

/// <summary>
/// An image file of the site, read and planned but not yet processed: its size, its content hash, and the files it
/// becomes (each configured width no wider than the original, in its own encoding and in WebP). A vector image is
/// published as it is, in one file with no size. Length and time let serve see that the file changed.
/// </summary>
public sealed record ImageSource(
    string FullPath,
    string Relative,
    string Hash,
    int Width,
    int Height,
    IReadOnlyList<ImageVariant> Variants,
    long Length,
    DateTime LastWriteUtc)
{
    public bool IsVector => Variants is [{ Encoding: ImageEncoding.Svg }];

    /// <summary>The variants in the original's encoding, narrowest first: the <c>img</c>'s own <c>srcset</c>.</summary>
    public IEnumerable<ImageVariant> Fallback => Variants.Where(v => v.Encoding != ImageEncoding.Webp);

    public IEnumerable<ImageVariant> Webp => Variants.Where(v => v.Encoding == ImageEncoding.Webp);

    /// <summary>The widest variant in the original's encoding: the <c>img</c>'s <c>src</c>, its size, and link previews.</summary>
    public ImageVariant Largest => Fallback.Last();

    /// <summary>Whether the file on disk is still the one read: serve reuses a body only while its images are unchanged.</summary>
    public bool IsCurrent()
    {
        var info = new FileInfo(FullPath);
        return info.Exists && info.Length == Length && info.LastWriteTimeUtc == LastWriteUtc;
    }
}

/// <summary>An image where front-matter places it: a lead image, a portrait or a logo, with its text.</summary>
public sealed record PlacedImage(ImageSource Source, string Alt, string? Caption, string? Credit);
