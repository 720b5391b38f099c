using System.Text;
using Briefings.Images;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// What templates see of an image: every URL already relative to the page (its <c>root</c> prefixed), the
/// <c>srcset</c> lists for the original's encoding and for WebP, the size of the widest file against layout shift,
/// and whether it loads lazily (below the fold) or first (the lead image, also preloaded).
/// </summary>
internal static class ImageModels
{
    /// <summary>How wide a lead image is shown: the page's width, up to the layout's widest (74rem).</summary>
    public const string LeadSizes = "(min-width: 74rem) 74rem, 100vw";

    /// <summary>A portrait or logo, shown small beside a profile's name.</summary>
    public const string ProfileSizes = "10rem";

    public static TemplateModel Picture(PlacedImage image, string root, string sizes, bool lazy)
    {
        var source = image.Source;
        return new TemplateModel(12)
        {
            ["alt"] = image.Alt,
            ["caption"] = image.Caption,
            ["credit"] = image.Credit,
            ["vector"] = source.IsVector,
            ["src"] = root + (source.IsVector ? source.Variants[0].OutputPath : source.Largest.OutputPath),
            ["srcset"] = source.IsVector ? null : SrcSet(root, source.Fallback),
            ["webp_srcset"] = source.IsVector ? null : SrcSet(root, source.Webp),
            ["sizes"] = sizes,
            ["width"] = source.IsVector ? null : source.Largest.Width,
            ["height"] = source.IsVector ? null : source.Largest.Height,
            ["type"] = source.IsVector ? "image/svg+xml" : source.Largest.MimeType,
            ["lazy"] = lazy,
        };
    }

    /// <summary>For link previews (<c>og:image</c>, Twitter) and JSON-LD: an absolute URL of the widest file in the original's encoding.</summary>
    public static TemplateModel OpenGraph(PlacedImage image, string baseUrl)
    {
        var source = image.Source;
        var file = source.IsVector ? source.Variants[0] : source.Largest;
        return new TemplateModel(4)
        {
            ["url"] = baseUrl + file.OutputPath,
            ["alt"] = image.Alt,
            ["width"] = source.IsVector ? null : file.Width,
            ["height"] = source.IsVector ? null : file.Height,
        };
    }

    private static string SrcSet(string root, IEnumerable<ImageVariant> variants)
    {
        var builder = new StringBuilder();
        foreach (var variant in variants)
        {
            builder.Append(builder.Length == 0 ? "" : ", ").Append(root).Append(variant.OutputPath).Append(' ').Append(variant.Width).Append('w');
        }

        return builder.ToString();
    }
}
