using Briefings.Images;
using Markdig.Syntax.Inlines;

namespace Briefings.Markdown.Images;

/// <summary>A Markdown image whose file was found: it is rendered as a <c>picture</c> with every width and WebP.</summary>
public sealed class PictureInline(ImageSource image, string alt) : LeafInline
{
    public ImageSource Image { get; } = image;

    public string Alt { get; } = alt;
}
