using System.Globalization;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Reads <c>amount:</c> and <c>delivered:</c>: one <c>{ value, unit, scale, value_date, basis }</c> or a list of them
/// in different units. Values are read from the text as written, never through a floating-point number.
/// </summary>
public static class QuantityReader
{
    public static readonly IReadOnlyList<string> Bases = ["stated", "estimated"];

    public static IReadOnlyList<Quantity> Read(YamlFields entry, string key)
    {
        var node = entry.Node(key);
        if (node is null)
        {
            return [];
        }

        var items = node is YamlTreeSequence ? entry.Mappings(key) : entry.Mapping(key) is { } one ? [one] : [];
        var quantities = new List<Quantity>(items.Count);
        foreach (var item in items)
        {
            if (ReadOne(item, key) is { } quantity)
            {
                if (quantities.Find(q => q.Unit == quantity.Unit) is { } earlier)
                {
                    entry.Diagnostics.Error(Codes.AmountUnitTwice, entry.File, quantity.At,
                        $"'{key}' gives the unit '{quantity.Unit}' twice (first at line {earlier.At.Line}); give one value per unit, the total");
                    continue;
                }

                quantities.Add(quantity);
            }
        }

        return quantities;
    }

    private static Quantity? ReadOne(YamlFields item, string key)
    {
        var value = item.Located("value", required: true);
        var unit = item.Located("unit", required: true);
        var scale = item.Located("scale");
        var valueDate = item.Date("value_date");
        var basis = item.Located("basis");
        item.ReportUnknownKeys($"an '{key}' quantity");
        var diagnostics = item.Diagnostics;

        decimal? number = null;
        if (value is { } v)
        {
            var text = v.Value.Trim().Replace("_", "", StringComparison.Ordinal);
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            {
                diagnostics.Error(Codes.AmountNotANumber, item.File, v.At,
                    $"'{key}' value '{YamlFields.Shorten(v.Value)}' is not a number; write digits with an optional decimal point (1.5), and put a scale in 'scale:' (million)");
            }
            else if (parsed < 0)
            {
                diagnostics.Error(Codes.AmountNegative, item.File, v.At,
                    $"'{key}' value {text} is negative; record what was pledged or delivered as it stands, and a reduction as a new pledged amount or a 'withdrawn' entry");
            }
            else
            {
                number = parsed;
            }
        }

        var parsedScale = Scale.None;
        if (scale is { } s)
        {
            var text = s.Value.Trim();
            if (Scales.Parse(text) is { } known)
            {
                parsedScale = known;
            }
            else
            {
                diagnostics.Error(Codes.AmountUnknownScale, item.File, s.At,
                    $"unknown scale '{YamlFields.Shorten(text)}'{Suggestions.DidYouMean(text.ToLowerInvariant(), Scales.Names)} (one of: {string.Join(", ", Scales.Names)})");
                return null;
            }
        }

        string? unitText = null;
        if (unit is { } u)
        {
            unitText = u.Value.Trim();
            if (unitText.Length == 0 || unitText.Length > 40 || unitText.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            {
                diagnostics.Error(Codes.InvalidValue, item.File, u.At,
                    $"unit '{YamlFields.Shorten(unitText)}' must be one word: an ISO 4217 currency code (GBP, EUR) or a count (troops, doses)");
                unitText = null;
            }
        }

        if (basis is { } b && !Bases.Contains(b.Value.Trim()))
        {
            diagnostics.Error(Codes.InvalidValue, item.File, b.At,
                $"unknown basis '{YamlFields.Shorten(b.Value.Trim())}'{Suggestions.DidYouMean(b.Value.Trim().ToLowerInvariant(), Bases)} (one of: {string.Join(", ", Bases)})");
            basis = null;
        }

        if (number is null || unitText is null)
        {
            return null;
        }

        decimal total;
        try
        {
            total = number.Value * parsedScale.Factor();
        }
        catch (OverflowException)
        {
            diagnostics.Error(Codes.AmountNotANumber, item.File, value!.Value.At, $"'{key}' value is too large to count with");
            return null;
        }

        return new Quantity(total, unitText, number.Value, parsedScale, valueDate, basis?.Value.Trim(), value!.Value.At);
    }
}
