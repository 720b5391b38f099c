using NetVips;

namespace Briefings.Images;

/// <summary>
/// What Briefings asks of libvips (through NetVips): an image's size without decoding it, and one resized, encoded
/// copy. Nothing else in the tool calls libvips; under Native AOT NetVips's module initializer still loads it at start.
/// </summary>
internal static class ImageCodec
{
    public const int Quality = 80;

    /// <summary>
    /// Why libvips cannot be used, or null when it can: the native tool needs <c>libvips.so.42</c> beside it, and one
    /// shipped without it should say so for each image, not stop with a stack trace.
    /// </summary>
    public static string? Unavailable => LibraryProblem.Value;

    private static readonly Lazy<string?> LibraryProblem = new(() =>
    {
        try
        {
            return NetVips.NetVips.Version(0) > 0 ? null : "libvips did not start";
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            return $"the image library libvips ({(OperatingSystem.IsWindows() ? "libvips-42.dll" : OperatingSystem.IsMacOS() ? "libvips.42.dylib" : "libvips.so.42")}) could not be loaded";
        }
    });

    /// <summary>The width and height, read from the header only; null when libvips cannot read the bytes as an image.</summary>
    public static (int Width, int Height)? Size(string path)
    {
        try
        {
            using var image = Image.NewFromFile(path, access: Enums.Access.Sequential);
            return image.Width > 0 && image.Height > 0 ? (image.Width, image.Height) : null;
        }
        catch (VipsException)
        {
            return null;
        }
    }

    /// <summary>
    /// The image at exactly <paramref name="variant"/>'s size and encoding, without metadata (no camera data or location
    /// leaves the author's machine). Thumbnail from the file lets JPEG shrink while it decodes, the fast path sharp uses.
    /// </summary>
    public static byte[] Encode(string path, ImageVariant variant)
    {
        using var resized = Image.Thumbnail(path, variant.Width, height: variant.Height, size: Enums.Size.Force);
        using var srgb = resized.Interpretation is Enums.Interpretation.Srgb or Enums.Interpretation.Bw ? resized.Copy() : resized.Colourspace(Enums.Interpretation.Srgb);
        return variant.Encoding switch
        {
            ImageEncoding.Png => srgb.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None),
            ImageEncoding.Webp => srgb.WebpsaveBuffer(q: Quality, keep: Enums.ForeignKeep.None),
            _ => Opaque(srgb).JpegsaveBuffer(q: Quality, optimizeCoding: true, keep: Enums.ForeignKeep.None),
        };
    }

    /// <summary>JPEG has no transparency: a transparent image is laid on white, as a page's background usually is.</summary>
    private static Image Opaque(Image image) => image.HasAlpha() ? image.Flatten(background: [255, 255, 255]) : image;
}
