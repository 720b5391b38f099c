using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Briefings.Markdown.WikiLinks;

/// <summary>
/// Renders a resolved wikilink as a link relative to the page it is on. Every page that shows a body
/// sits two folders deep (<c>kind/id/</c>), so the prefix back to the site root is fixed.
/// </summary>
public sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    public const string RootPrefix = "../../";

    protected override void Write(HtmlRenderer renderer, WikiLinkInline link)
    {
        var text = link.Label ?? link.ResolvedTitle ?? link.Target;
        if (link.Resolved is not { } key)
        {
            renderer.Write("<span class=\"broken-link\">").WriteEscape(text).Write("</span>");
            return;
        }

        renderer.Write("<a class=\"wikilink ").Write(key.Kind.ToString().ToLowerInvariant())
            .Write("\" href=\"").WriteEscapeUrl(RootPrefix + key.Url + "index.html").Write("\">")
            .WriteEscape(text).Write("</a>");
    }
}
