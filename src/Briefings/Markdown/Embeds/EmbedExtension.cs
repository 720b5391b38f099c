using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefings.Markdown.Embeds;

public sealed class EmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the paragraph parser, so that an embed line right under a paragraph's text is not read as more of it.
        if (!pipeline.BlockParsers.Contains<EmbedParser>())
        {
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new EmbedParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlEmbedRenderer>())
        {
            html.ObjectRenderers.InsertBefore<ParagraphRenderer>(new HtmlEmbedRenderer());
        }
    }
}

public static class EmbedPipelineExtensions
{
    public static MarkdownPipelineBuilder UseEmbeds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<EmbedExtension>();
        return pipeline;
    }
}
