using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefings.Markdown.Embeds;

/// <summary>Writes nothing: it marks where the card goes, which the pages fill in (see <see cref="EmbedBlock"/>).</summary>
public sealed class HtmlEmbedRenderer : HtmlObjectRenderer<EmbedBlock>
{
    protected override void Write(HtmlRenderer renderer, EmbedBlock block)
    {
        renderer.EnsureLine();
        if (renderer.Writer is StringWriter writer)
        {
            writer.Flush();
            block.HtmlOffset = writer.GetStringBuilder().Length;
        }
    }
}
