using Briefings.Content;
using Briefings.Markdown.Embeds;

namespace Briefings.Graph;

/// <summary>What a body's embed shows, looked up in the finished graph: for the cards on pages and for the search index.</summary>
public static class EmbeddedContent
{
    public static (BriefNode Brief, Quote Quote, PersonNode? Speaker)? Quote(this ContentGraph graph, Embed embed)
    {
        if (embed.Kind != EmbedKind.Quote || !graph.BriefsBySlug.TryGetValue(embed.Target.Id, out var brief) ||
            embed.QuoteIndex >= brief.Brief.Quotes.Count)
        {
            return null;
        }

        var quote = brief.Brief.Quotes[embed.QuoteIndex];
        return (brief, quote, graph.PeopleById.GetValueOrDefault(quote.By.Id));
    }

    /// <summary>The words a card shows, which search finds its page by: an embed is part of what the page says.</summary>
    public static IEnumerable<string> Text(this ContentGraph graph, Embed embed)
    {
        switch (embed.Kind)
        {
            case EmbedKind.Quote when graph.Quote(embed) is var (_, quote, speaker):
                yield return quote.Text;
                yield return speaker?.Person.Name ?? quote.By.Id;
                break;
            case EmbedKind.Commitment when graph.CommitmentsById.TryGetValue(embed.Target.Id, out var commitment):
                yield return commitment.Title;
                break;
            case EmbedKind.Person when graph.PeopleById.TryGetValue(embed.Target.Id, out var person):
                yield return person.Person.Name;
                break;
        }
    }
}
