using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Maps one item of a brief's <c>quotes:</c> to a <see cref="Quote"/>, with its provenance: source, kind, original.</summary>
internal static class QuoteReader
{
    public static Quote? Read(YamlFields quote, DateOnly? briefDate, DateOnly? publishDate)
    {
        var by = quote.Id("by", required: true);
        var text = quote.String("text", required: true);
        var context = quote.String("context");
        var id = ReadId(quote);
        var language = quote.Located("language") is { } written ? SiteConfigReader.LanguageTag(written.Value, written.At, quote) : null;
        var source = BriefReader.ReadSource(quote.Mapping("source"), briefDate, publishDate);
        var kind = ReadKind(quote);
        var original = quote.Located("original");
        quote.ReportUnknownKeys("a quote");
        CheckTranslation(quote, kind, original, language);
        if (by is null || text is null)
        {
            return null;
        }

        return new Quote(by.Value, text, context, id)
        {
            Language = language,
            Source = source,
            Kind = kind ?? QuoteKind.Verbatim,
            Original = original?.Value,
            At = quote.Start,
        };
    }

    /// <summary>
    /// A translation shows the words as said beside it, so it needs them and their language; words as said on a quote
    /// that is not a translation would be shown nowhere, so they are most likely a forgotten <c>kind:</c>.
    /// </summary>
    private static void CheckTranslation(YamlFields quote, QuoteKind? kind, (string Value, TextPosition At)? original, string? language)
    {
        if (kind == QuoteKind.Translation)
        {
            var missing = (original is null ? ["original"] : Array.Empty<string>()).Concat(language is null ? ["language"] : []).ToList();
            if (missing.Count > 0)
            {
                quote.Diagnostics.Error(Codes.TranslationWithoutOriginal, quote.File, quote.KeyAt("kind"),
                    $"a translated quote needs {string.Join(" and ", missing.Select(m => $"'{m}:'"))}: the words as they were said, and the language they were said in (e.g. language: uk)");
            }
        }
        else if (original is { } words)
        {
            quote.Diagnostics.Error(Codes.TranslationWithoutOriginal, quote.File, words.At,
                "'original:' is for a translated quote, the words as they were said; add 'kind: translation' (with 'language:'), or remove 'original:'");
        }
    }

    private static QuoteKind? ReadKind(YamlFields quote)
    {
        if (quote.Located("kind") is not { } written)
        {
            return null;
        }

        var value = written.Value.Trim();
        if (QuoteKinds.Parse(value) is { } kind)
        {
            return kind;
        }

        quote.Diagnostics.Error(Codes.InvalidValue, quote.File, written.At,
            $"unknown kind of quote '{YamlFields.Shorten(value)}'{Suggestions.DidYouMean(value.ToLowerInvariant(), QuoteKinds.Slugs)} (one of: {string.Join(", ", QuoteKinds.Slugs)})");
        return null;
    }

    private static Ref? ReadId(YamlFields quote)
    {
        if (quote.Id("id") is not { } id)
        {
            return null;
        }

        if (Slugs.IsValid(id.Id))
        {
            return id;
        }

        var suggestion = Slugs.Slugify(id.Id);
        quote.Diagnostics.Error(Codes.InvalidId, quote.File, id.At,
            $"quote id '{YamlFields.Shorten(id.Id)}' is not lower-case letters, digits and hyphens" +
            (suggestion.Length > 0 ? $"; did you mean '{suggestion}'?" : ""));
        return null;
    }
}
