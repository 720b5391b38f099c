using System.Globalization;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// One dated table of exchange rates from the config's <c>rates:</c>: what one unit of each currency was worth in
/// <see cref="Currency"/> on <see cref="Date"/>, and where that comes from, which the pages cite beside any total
/// made with it. Rates are never fetched: a table is frozen in the config, so a build is reproducible.
/// </summary>
public sealed record RateTable(DateOnly Date, string Currency, string? Source, IReadOnlyDictionary<string, decimal> Values)
{
    public decimal? RateOf(string unit) => unit == Currency ? 1m : Values.TryGetValue(unit, out var rate) ? rate : null;
}

/// <summary>Reads <c>rates:</c>: one table, or a list of tables of different dates, all into the same currency.</summary>
public static class RateTables
{
    public static IReadOnlyList<RateTable> Read(YamlFields config)
    {
        var node = config.Node("rates");
        if (node is null)
        {
            return [];
        }

        var items = node is YamlTreeSequence ? config.Mappings("rates") : config.Mapping("rates") is { } one ? [one] : [];
        var tables = new List<RateTable>();
        foreach (var item in items)
        {
            var date = item.Date("date", required: true);
            var currency = item.Located("currency", required: true);
            var source = item.String("source", required: true);
            var values = ReadValues(item);
            item.ReportUnknownKeys("a table of rates");
            if (currency is { } c && !Quantity.IsCurrency(c.Value.Trim()))
            {
                item.Diagnostics.Error(Codes.InvalidRates, item.File, c.At,
                    $"rates currency '{YamlFields.Shorten(c.Value.Trim())}' is not an ISO 4217 code of three capital letters, such as EUR");
                continue;
            }

            if (date is null || currency is null || values is null)
            {
                continue;
            }

            var code = currency.Value.Value.Trim();
            if (tables.Count > 0 && tables[0].Currency != code)
            {
                item.Diagnostics.Error(Codes.InvalidRates, item.File, currency.Value.At,
                    $"every table of rates converts into one currency, {tables[0].Currency}, so that totals add up; this one converts into {code}");
                continue;
            }

            if (tables.Any(t => t.Date == date))
            {
                item.Diagnostics.Error(Codes.InvalidRates, item.File, item.KeyAt("date"),
                    $"two tables of rates for {date.Value:yyyy-MM-dd}; merge them into one");
                continue;
            }

            tables.Add(new RateTable(date.Value, code, source, values));
        }

        return [.. tables.OrderBy(t => t.Date)];
    }

    private static Dictionary<string, decimal>? ReadValues(YamlFields table)
    {
        if (table.Node("values") is not YamlTreeMapping map)
        {
            if (table.Node("values") is null)
            {
                table.Missing("values");
            }
            else
            {
                table.Mapping("values");
            }

            return null;
        }

        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            var code = (key as YamlTreeScalar)?.Value.Trim() ?? "";
            var text = (value as YamlTreeScalar)?.Value.Trim() ?? "";
            if (!Quantity.IsCurrency(code))
            {
                table.Diagnostics.Error(Codes.InvalidRates, table.File, table.At(key),
                    $"'{YamlFields.Shorten(code)}' is not an ISO 4217 currency code of three capital letters, such as GBP");
            }
            else if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
            {
                table.Diagnostics.Error(Codes.InvalidRates, table.File, table.At(value),
                    $"the rate of {code} must be a positive number (what one {code} is worth in the table's currency), not '{YamlFields.Shorten(text)}'");
            }
            else
            {
                values[code] = rate;
            }
        }

        return values;
    }

    /// <summary>
    /// The table to convert a quantity dated <paramref name="date"/> with: of those that have its currency, the one
    /// dated nearest to it, the earlier on a tie; null when none has it.
    /// </summary>
    public static RateTable? For(IReadOnlyList<RateTable> tables, string unit, DateOnly date)
    {
        RateTable? best = null;
        var bestDistance = int.MaxValue;
        foreach (var table in tables)
        {
            if (table.RateOf(unit) is null)
            {
                continue;
            }

            var distance = Math.Abs(table.Date.DayNumber - date.DayNumber);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (table, distance);
            }
        }

        return best;
    }
}
