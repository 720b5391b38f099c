using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Briefings.Content.Languages;

/// <summary>One interface string: a text, or one text per plural form (<see cref="Forms"/> by <see cref="PluralCategory"/>).</summary>
public sealed record TextEntry(string? Text, IReadOnlyDictionary<PluralCategory, string>? Forms = null, IReadOnlyList<string>? Items = null);

/// <summary>
/// The interface strings of a site's language, every key filled (from English where the language lacks it), with
/// the language's dates, plural forms and digit groups. Built once per build by <see cref="LanguageFiles"/> and
/// only read after, from any thread.
/// </summary>
public sealed class InterfaceText
{
    private readonly FrozenDictionary<string, TextEntry> _entries;
    private readonly string[] _months;
    private readonly string[] _monthsOf;
    private readonly string _group;

    // A site has a few thousand dates, each shown on many pages: written once each, not at every mention.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> _dates = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, string> _monthTitles = new();

    internal InterfaceText(string language, IDictionary<string, TextEntry> entries)
    {
        Language = language;
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        _months = MonthNames("date.months");
        _monthsOf = MonthNames("date.months_of");
        _group = Text("number.group");
    }

    /// <summary>The built-in English strings, for what renders without a site (tests, benchmarks).</summary>
    public static InterfaceText English => LanguageFiles.English;

    /// <summary>The site's language tag, as the config writes it.</summary>
    public string Language { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    public TextEntry? Entry(string key) => _entries.GetValueOrDefault(key);

    /// <summary>The text of <paramref name="key"/>, or null when no language file has it or it is a count.</summary>
    public string? Find(string key) => _entries.TryGetValue(key, out var entry) ? entry.Text : null;

    /// <summary>The text of a key the tool itself uses, which the built-in English always has.</summary>
    public string Text(string key) =>
        Find(key) ?? throw new KeyNotFoundException($"The interface string '{key}' is missing from the built-in English.");

    /// <summary><see cref="Text"/> with <c>{0}</c>, <c>{1}</c>… replaced by <paramref name="values"/>.</summary>
    public string Format(string key, params object?[] values) => Fill(Text(key), null, values);

    /// <summary>The form of <paramref name="key"/> for <paramref name="count"/>, <c>{count}</c> written with digit groups.</summary>
    public string Count(string key, long count, params object?[] values) =>
        Fill(CountForm(key, count) ?? throw new KeyNotFoundException($"The interface string '{key}' is not a count."), Number(count), values);

    /// <summary>The text for <paramref name="count"/> of a counted key: its language's form, else <c>other</c>; null when <paramref name="key"/> is not a count.</summary>
    public string? CountForm(string key, long count)
    {
        if (!_entries.TryGetValue(key, out var entry) || entry.Forms is not { } forms)
        {
            return null;
        }

        return forms.TryGetValue(PluralRules.Select(Language, count), out var form) ? form
            : forms.TryGetValue(PluralCategory.Other, out var other) ? other : forms.Values.First();
    }

    /// <summary>A date as running text reads it: "6 December 2025", "6 грудня 2025" (genitive month).</summary>
    public string Date(DateOnly date) => _dates.GetOrAdd(date, static (date, self) =>
    {
        var pattern = date.Day == 1 && self.Find("date.day_first") is { } first ? first : self.Text("date.day");
        return self.Pattern(pattern, date);
    }, this);

    /// <summary>A month alone, as a heading names it: "December 2025", "грудень 2025" (nominative).</summary>
    public string Month(DateOnly date) => _monthTitles.GetOrAdd(date, static (date, self) => self.Pattern(self.Text("date.month"), date), this);

    /// <summary>A whole number with the language's separator between groups of three digits from 1,000 up.</summary>
    public string Number(long n)
    {
        var digits = n.ToString(CultureInfo.InvariantCulture);
        var sign = n < 0 ? 1 : 0;
        if (digits.Length - sign < 4 || _group.Length == 0)
        {
            return digits;
        }

        var text = new StringBuilder(digits.Length + (digits.Length / 3 * _group.Length));
        text.Append(digits, 0, sign);
        for (var i = sign; i < digits.Length; i++)
        {
            if (i > sign && (digits.Length - i) % 3 == 0)
            {
                text.Append(_group);
            }

            text.Append(digits[i]);
        }

        return text.ToString();
    }

    /// <summary>A number rounded to hundredths, with the language's digit groups and decimal mark: 1,234.5 in English, 1 234,5 in Ukrainian.</summary>
    public string Number(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        var whole = decimal.Truncate(rounded);
        var fraction = (rounded - whole).ToString("0.##", CultureInfo.InvariantCulture);
        return Number((long)whole) + (fraction.Length > 1 ? Text("number.decimal") + fraction[2..] : "");
    }

    private string Pattern(string pattern, DateOnly date) => pattern
        .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month_of}", _monthsOf[date.Month - 1], StringComparison.Ordinal)
        .Replace("{month}", _months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private string[] MonthNames(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Items is { Count: 12 } names ? [.. names]
            : throw new KeyNotFoundException($"The interface string '{key}' is not a list of twelve month names.");

    /// <summary>
    /// Replaces <c>{count}</c> and <c>{0}</c>, <c>{1}</c>… in <paramref name="text"/>; any other brace is kept as written,
    /// so a translation's own braces survive. Values are formatted as the templates print them, numbers with digit groups.
    /// </summary>
    public string Fill(string text, string? count, IReadOnlyList<object?> values)
    {
        var open = text.IndexOf('{');
        if (open < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        var done = 0;
        while (open >= 0)
        {
            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = text.AsSpan(open + 1, close - open - 1);
            string? value = null;
            if (count is not null && name.SequenceEqual("count"))
            {
                value = count;
            }
            else if (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < values.Count)
            {
                value = Show(values[index]);
            }

            if (value is not null)
            {
                result.Append(text, done, open - done).Append(value);
                done = close + 1;
            }

            open = text.IndexOf('{', close + 1);
        }

        return result.Append(text, done, text.Length - done).ToString();
    }

    private string Show(object? value) => value switch
    {
        null => "",
        int n => Number(n),
        long n => Number(n),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
