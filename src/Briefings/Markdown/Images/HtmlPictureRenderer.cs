using Briefings.Images;
using Briefings.Markdown.WikiLinks;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefings.Markdown.Images;

/// <summary>
/// Renders a body image as a <c>picture</c>: WebP for the browsers that take it, the original's encoding for the rest,
/// every width in <c>srcset</c>, and its size, so the text does not jump as it loads. Body images are below the
/// page's header, so they load lazily.
/// </summary>
public sealed class HtmlPictureRenderer : HtmlObjectRenderer<PictureInline>
{
    /// <summary>How wide a body image is shown: the text column on a wide screen, the whole width on a phone.</summary>
    public const string BodySizes = "(min-width: 48em) 42rem, 100vw";

    protected override void Write(HtmlRenderer renderer, PictureInline picture)
    {
        var image = picture.Image;
        if (image.IsVector)
        {
            renderer.Write("<img src=\"").WriteEscapeUrl(HtmlWikiLinkRenderer.RootPrefix + image.Variants[0].OutputPath)
                .Write("\" alt=\"").WriteEscape(picture.Alt).Write("\" loading=\"lazy\" decoding=\"async\">");
            return;
        }

        renderer.Write("<picture><source type=\"image/webp\" srcset=\"");
        SrcSet(renderer, image.Webp);
        renderer.Write("\" sizes=\"").Write(BodySizes).Write("\"><img src=\"").WriteEscapeUrl(HtmlWikiLinkRenderer.RootPrefix + image.Largest.OutputPath)
            .Write("\" srcset=\"");
        SrcSet(renderer, image.Fallback);
        renderer.Write("\" sizes=\"").Write(BodySizes).Write("\" width=\"").Write(image.Largest.Width.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" height=\"").Write(image.Largest.Height.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Write("\" alt=\"").WriteEscape(picture.Alt).Write("\" loading=\"lazy\" decoding=\"async\"></picture>");
    }

    private static void SrcSet(HtmlRenderer renderer, IEnumerable<ImageVariant> variants)
    {
        var first = true;
        foreach (var variant in variants)
        {
            if (!first)
            {
                renderer.Write(", ");
            }

            first = false;
            renderer.WriteEscapeUrl(HtmlWikiLinkRenderer.RootPrefix + variant.OutputPath).Write(' ')
                .Write(variant.Width.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('w');
        }
    }
}
