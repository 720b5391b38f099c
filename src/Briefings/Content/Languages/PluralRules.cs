namespace Briefings.Content.Languages;

/// <summary>The plural forms CLDR names; a language uses some of them, always with <see cref="Other"/>.</summary>
public enum PluralCategory
{
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// CLDR's cardinal plural rules for whole numbers (v = 0), ported by hand from <c>supplemental/plurals.json</c> of
/// npm <c>cldr-core</c> 48.2.0 (Unicode-3.0 licence) for the languages the tool ships strings for; only counts are
/// shown, never fractions, so the rules' decimal branches are left out. PluralRulesTests checks each against
/// JavaScript's <c>Intl.PluralRules</c> (ICU, the same CLDR data), the way search.js picks its forms in the browser.
/// A language without a rule here counts as English does, which is right for most languages of Europe.
/// </summary>
public static class PluralRules
{
    /// <summary>The forms each language's strings need, for the check that a language file gives them all.</summary>
    public static IReadOnlyList<PluralCategory> Categories(string language) => Primary(language) switch
    {
        "uk" or "ru" or "be" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        "fr" => [PluralCategory.One, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    public static PluralCategory Select(string language, long n) => Primary(language) switch
    {
        "uk" or "ru" or "be" => EastSlavic(n),
        "fr" => French(n),
        _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
    };

    /// <summary>The language subtag of a BCP 47 tag: <c>uk</c> of <c>uk-UA</c>.</summary>
    public static string Primary(string language)
    {
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14;
    // many: v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14). (be and ru state it without v, the same for integers.)
    private static PluralCategory EastSlavic(long n)
    {
        var i = Math.Abs(n);
        var (mod10, mod100) = (i % 10, i % 100);
        if (mod10 == 1 && mod100 != 11)
        {
            return PluralCategory.One;
        }

        return mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? PluralCategory.Few : PluralCategory.Many;
    }

    // one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 (a million, two million…).
    private static PluralCategory French(long n)
    {
        var i = Math.Abs(n);
        return i is 0 or 1 ? PluralCategory.One : i % 1_000_000 == 0 ? PluralCategory.Many : PluralCategory.Other;
    }
}
