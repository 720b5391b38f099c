using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Markdown.Embeds;

/// <summary>Resolves an embed against the site's ids, or reports why it cannot show anything.</summary>
internal sealed class EmbedResolver(EntityIndex index)
{
    public void Resolve(EmbedBlock block, string file, TextPosition at, DiagnosticBag diagnostics)
    {
        var written = $"{{{{< {block.KindName} {string.Join(' ', block.Arguments)} >}}}}".Replace("  >", " >", StringComparison.Ordinal);
        if (block.Kind is not { } kind)
        {
            var hint = block.KindName.Length == 0 ? "" : Suggestions.DidYouMean(block.KindName, EmbedKinds.Names);
            diagnostics.Error(Codes.InvalidEmbed, file, at,
                $"unknown embed '{YamlFields.Shorten(block.KindName)}' in {YamlFields.Shorten(written)}{hint} (one of: {string.Join(", ", EmbedKinds.Names)}); write e.g. {{{{< quote some-quote-id >}}}}");
            return;
        }

        if (block.Arguments.Count != 1)
        {
            diagnostics.Error(Codes.InvalidEmbed, file, at,
                $"{YamlFields.Shorten(written)} must name exactly one {Noun(kind)}, e.g. {{{{< {block.KindName} {Example(kind)} >}}}}");
            return;
        }

        var target = block.Arguments[0];
        block.Resolved = kind switch
        {
            EmbedKind.Quote => ResolveQuote(target, file, at, diagnostics),
            EmbedKind.Commitment => ResolveEntity(kind, new EntityKey(ContentKind.Commitment, target), index.CommitmentIds, file, at, diagnostics),
            _ => ResolveEntity(kind, new EntityKey(ContentKind.Person, target), index.People.Keys, file, at, diagnostics),
        };
    }

    private Embed? ResolveQuote(string target, string file, TextPosition at, DiagnosticBag diagnostics)
    {
        if (index.QuotesById.TryGetValue(target, out var found))
        {
            return new Embed(EmbedKind.Quote, found.Brief, found.Index, -1);
        }

        // A brief's slug, or a quote's place in it ("slug#quote-2", as in a link to it): a place changes when quotes are
        // reordered, so a quote is embedded only by an id of its own.
        var hash = target.IndexOf('#');
        var slug = hash < 0 ? target : target[..hash];
        if (index.Briefs.TryGetValue(slug, out var brief))
        {
            var position = hash >= 0 && target[(hash + 1)..].StartsWith("quote-", StringComparison.Ordinal) &&
                int.TryParse(target.AsSpan(hash + 7), out var n) && n >= 1 && n <= brief.Quotes.Count ? n - 1 : -1;
            var quote = position >= 0 ? brief.Quotes[position] : brief.Quotes.FirstOrDefault(q => q.Id is null);
            var which = position >= 0 ? $"quote {position + 1} of brief '{slug}'" : $"brief '{slug}'";
            var fix = quote is null
                ? $"give the quote you mean an 'id:' in {brief.File} and embed it by that id"
                : quote.Id is { } id
                    ? $"that quote's id is '{id.Id}': write {{{{< quote {id.Id} >}}}}"
                    : $"add 'id: {SuggestedId(quote)}' to the quote in {brief.File} (line {quote.By.At.Line}) and write {{{{< quote {SuggestedId(quote)} >}}}}";
            diagnostics.Error(Codes.QuoteWithoutId, file, at,
                $"{{{{< quote {YamlFields.Shorten(target)} >}}}} names {which}, not a quote id; quotes are embedded by an id of their own, so reordering them cannot change which one appears: {fix}");
            return null;
        }

        var hint = Suggestions.DidYouMean(target, index.QuotesById.Keys);
        diagnostics.Error(Codes.UnknownEmbed, file, at,
            $"unknown quote id '{YamlFields.Shorten(target)}' in {{{{< quote {YamlFields.Shorten(target)} >}}}}" +
            (hint.Length > 0 ? hint : "; a quote gets an id with 'id:' beside its 'by:' and 'text:' in its brief"));
        return null;
    }

    private static Embed? ResolveEntity(EmbedKind kind, EntityKey key, IEnumerable<string> known, string file, TextPosition at, DiagnosticBag diagnostics)
    {
        if (known.Contains(key.Id))
        {
            return new Embed(kind, key, -1, -1);
        }

        diagnostics.Error(Codes.UnknownEmbed, file, at,
            $"unknown {Noun(kind)} '{YamlFields.Shorten(key.Id)}' in {{{{< {EmbedKinds.Names[(int)kind]} {YamlFields.Shorten(key.Id)} >}}}}{Suggestions.DidYouMean(key.Id, known)}");
        return null;
    }

    /// <summary>An id for a quote that has none: its speaker and its first words, e.g. "keir-starmer-peace-agreements-fail".</summary>
    internal static string SuggestedId(Quote quote)
    {
        var words = string.Join(' ', quote.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        var slug = Slugs.Slugify($"{quote.By.Id} {words}", 60);
        return slug.Length > 0 ? slug : "quote-id";
    }

    private static string Noun(EmbedKind kind) => kind switch
    {
        EmbedKind.Quote => "quote id",
        EmbedKind.Commitment => "commitment",
        _ => "person",
    };

    private static string Example(EmbedKind kind) => kind switch
    {
        EmbedKind.Quote => "starmer-robust-guarantees",
        EmbedKind.Commitment => "uk-troops-for-ukraine",
        _ => "keir-starmer",
    };
}
