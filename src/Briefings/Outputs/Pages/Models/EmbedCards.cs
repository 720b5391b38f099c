using System.Text;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Markdown;
using Briefings.Markdown.Embeds;
using Briefings.Markdown.WikiLinks;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// Places the cards of a body's embeds into its HTML. They are made here, from the finished graph, rather than in the
/// Markdown stage, because a commitment card shows the status the whole site's timeline gives it. Bodies are on
/// pages two folders deep (<c>kind/id/</c>), so links start from <see cref="HtmlWikiLinkRenderer.RootPrefix"/>.
/// </summary>
internal static class EmbedCards
{
    private const string Root = HtmlWikiLinkRenderer.RootPrefix;

    /// <summary>The body with its cards; <paramref name="depend"/> hears of every entity a card shows.</summary>
    public static byte[] Place(RenderedBody body, ContentGraph graph, Action<EntityKey> depend)
    {
        var html = body.Utf8Html.Span;
        var output = new List<byte>(html.Length + body.Embeds.Count * 512);
        var done = 0;
        var card = new StringBuilder();
        foreach (var embed in body.Embeds)
        {
            output.AddRange(html[done..embed.Utf8Offset]);
            done = embed.Utf8Offset;
            card.Clear();
            Write(card, embed, graph, depend);
            output.AddRange(Encoding.UTF8.GetBytes(card.ToString()));
        }

        output.AddRange(html[done..]);
        return [.. output];
    }

    private static void Write(StringBuilder card, Embed embed, ContentGraph graph, Action<EntityKey> depend)
    {
        var text = graph.Config.Text;
        depend(embed.Target);
        switch (embed.Kind)
        {
            case EmbedKind.Quote when graph.Quote(embed) is var (brief, quote, speaker):
                card.Append("<figure class=\"quote embed embed-quote\">\n  <blockquote");
                if (ViewModels.SpokenLanguage(quote) is { } language)
                {
                    card.Append(" lang=\"").Append(Html.Escape(language)).Append('"');
                }

                card.Append("><p>").Append(Html.Escape(quote.Text))
                    .Append("</p></blockquote>\n  <figcaption>");
                if (speaker is not null)
                {
                    depend(speaker.Key);
                    Link(card, speaker.Url, speaker.Person.Name);
                }

                if (quote.Context is { } context)
                {
                    card.Append(", <span class=\"quote-context\">").Append(Html.Escape(context)).Append("</span>");
                }

                card.Append(" — <cite>");
                Link(card, brief.Url, brief.Brief.Title, "#" + BriefNode.QuoteAnchor(embed.QuoteIndex));
                card.Append("</cite></figcaption>\n</figure>\n");
                break;
            case EmbedKind.Commitment when graph.CommitmentsById.TryGetValue(embed.Target.Id, out var commitment):
                var label = Html.Escape(text.Text("commitment.embed"));
                card.Append("<aside class=\"embed embed-commitment\" aria-label=\"").Append(label).Append("\">\n  <p class=\"embed-label\">").Append(label).Append("</p>\n  <p class=\"embed-title\">");
                Link(card, commitment.Key.Url, commitment.Title);
                card.Append("</p>\n  <p class=\"embed-meta\">");
                Actor(card, commitment.By, graph, depend);
                if (commitment.To is { } to)
                {
                    card.Append(' ').Append(Html.Escape(text.Text("commitment.embed_to"))).Append(' ');
                    Actor(card, to, graph, depend);
                }

                var since = commitment.StatusSince.Date;
                card.Append(" · <span class=\"badge status-").Append(commitment.CurrentStatus.Slug()).Append("\">")
                    .Append(Html.Escape(text.Text("status." + commitment.CurrentStatus.Slug()))).Append("</span> ").Append(Html.Escape(text.Text("common.since"))).Append(" <time datetime=\"")
                    .Append(Dates.Iso(since)).Append("\">").Append(Html.Escape(text.Date(since))).Append("</time></p>\n</aside>\n");
                break;
            case EmbedKind.Person when graph.PeopleById.TryGetValue(embed.Target.Id, out var person):
                card.Append("<aside class=\"embed embed-person\" aria-label=\"").Append(Html.Escape(person.Person.Name)).Append("\">\n");
                card.Append("  <p class=\"embed-title\">");
                Link(card, person.Url, person.Person.Name);
                card.Append("</p>\n");
                var about = new[] { person.Person.Role, person.Organization?.Organization.Name }.Where(s => !string.IsNullOrEmpty(s)).ToArray();
                if (about.Length > 0)
                {
                    card.Append("  <p class=\"embed-meta\">").Append(Html.Escape(string.Join(" · ", about))).Append("</p>\n");
                }

                card.Append("</aside>\n");
                break;
        }
    }

    private static void Actor(StringBuilder card, EntityKey key, ContentGraph graph, Action<EntityKey> depend)
    {
        depend(key);
        Link(card, key.Url, graph.ActorName(key));
    }

    private static void Link(StringBuilder card, string url, string text, string fragment = "") =>
        card.Append("<a href=\"").Append(Html.Escape(Root + url + "index.html" + fragment)).Append("\">").Append(Html.Escape(text)).Append("</a>");
}
