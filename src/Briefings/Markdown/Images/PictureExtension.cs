using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace Briefings.Markdown.Images;

/// <summary>Renders the body images the body renderer found as pictures; it parses nothing, as Markdig's image syntax is kept.</summary>
public sealed class PictureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlPictureRenderer>())
        {
            html.ObjectRenderers.InsertBefore<LinkInlineRenderer>(new HtmlPictureRenderer());
        }
    }
}

public static class PicturePipelineExtensions
{
    public static MarkdownPipelineBuilder UsePictures(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<PictureExtension>();
        return pipeline;
    }
}
