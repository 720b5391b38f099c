using System.Globalization;
using System.Text;

namespace Briefings.Content;

/// <summary>The rules for ids and slugs: lower-case Unicode letters, digits and single hyphens, one path segment.</summary>
public static class Slugs
{
    public static bool IsValid(string text)
    {
        if (text.Length == 0 || text.Length > 200 || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }

        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == '-')
            {
                continue;
            }

            var category = Rune.GetUnicodeCategory(rune);
            var ok = category is UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Turns a title or name into a slug, keeping Unicode letters: "Володимир Зеленський" → "володимир-зеленський".</summary>
    public static string Slugify(string text, int limit = 80)
    {
        var builder = new StringBuilder(text.Length);
        var dash = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
                dash = false;
            }
            else if (!dash && builder.Length > 0 && rune.Value != '\'' && rune.Value != '’')
            {
                builder.Append('-');
                dash = true;
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > limit)
        {
            var cut = slug.LastIndexOf('-', limit);
            slug = slug[..(cut > 0 ? cut : limit)];
        }

        return slug;
    }

    /// <summary>The slug a brief gets from its file name: the name without a leading yyyy-mm-dd- date.</summary>
    public static string FromBriefFileName(string stem)
    {
        if (stem.Length > 11 && char.IsAsciiDigit(stem[0]) && stem[4] == '-' && stem[7] == '-' && stem[10] == '-' &&
            DateOnly.TryParseExact(stem[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return stem[11..];
        }

        return stem;
    }
}
