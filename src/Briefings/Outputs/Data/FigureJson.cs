using System.Text.Json;
using Briefings.Content;
using Briefings.Graph;

namespace Briefings.Outputs.Data;

/// <summary>
/// Amounts and scorecards in the data files (docs/data.md): new fields beside the old, which keep their meaning. Values
/// are in whole units (the scale applied) and exact; shares are ratios (0.4, not 40) rounded to six places, null where
/// undefined.
/// </summary>
internal static class FigureJson
{
    public static void Quantities(Utf8JsonWriter json, string name, IReadOnlyList<Quantity> quantities)
    {
        json.WriteStartArray(name);
        foreach (var q in quantities)
        {
            json.WriteStartObject();
            json.WriteNumber("value", q.Value);
            json.WriteString("unit", q.Unit);
            json.WriteNumber("written", q.Written);
            json.WriteString("scale", q.Scale.Name());
            json.WriteString("value_date", q.ValueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("basis", q.Basis);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void Commitment(Utf8JsonWriter json, CommitmentNode node)
    {
        var figures = node.Figures;
        json.WriteBoolean("stale", figures.Stale);
        json.WriteStartArray("amounts");
        foreach (var unit in figures.Units)
        {
            json.WriteStartObject();
            json.WriteString("unit", unit.Unit);
            Number(json, "offered", unit.Offered?.Quantity.Value);
            Number(json, "pledged", unit.Pledged?.Quantity.Value);
            Number(json, "delivered", unit.Delivered);
            Number(json, "share", Ratio(unit.Share));
            json.WriteBoolean("over", unit.Over);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void Scorecard(Utf8JsonWriter json, string name, Scorecard card)
    {
        json.WriteStartObject(name);
        json.WriteNumber("total", card.Total);
        json.WriteStartObject("by_status");
        foreach (var status in CommitmentStatuses.All)
        {
            json.WriteNumber(status.Slug(), card.Count(status));
        }

        json.WriteEndObject();
        json.WriteNumber("kept", card.Kept);
        json.WriteNumber("kept_of", card.KeptOf);
        Number(json, "kept_rate", card.KeptOf > 0 ? Ratio((decimal)card.Kept / card.KeptOf) : null);
        json.WriteNumber("withdrawn", card.Withdrawn);
        Number(json, "median_days_to_delivery", card.MedianDays);
        json.WriteNumber("delivered_timed", card.Timed);
        json.WriteNumber("open", card.Open);
        json.WriteNumber("stale", card.Stale);
        json.WriteStartArray("amounts");
        foreach (var unit in card.Units)
        {
            json.WriteStartObject();
            json.WriteString("unit", unit.Unit);
            Number(json, "offered", unit.HasOffered ? unit.Offered : null);
            Number(json, "pledged", unit.HasPledged ? unit.Pledged : null);
            Number(json, "delivered", unit.HasDelivered ? unit.Delivered : null);
            Number(json, "share", Ratio(unit.Share));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (card.Converted is { } converted)
        {
            json.WriteStartObject("converted");
            json.WriteString("currency", converted.Currency);
            json.WriteNumber("pledged", Math.Round(converted.Pledged, 2));
            json.WriteNumber("delivered", Math.Round(converted.Delivered, 2));
            Number(json, "share", Ratio(converted.Share));
            json.WriteStartArray("rates");
            foreach (var table in converted.Tables)
            {
                json.WriteStartObject();
                json.WriteString("date", table.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("source", table.Source);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unconverted");
            foreach (var unit in converted.Unconverted)
            {
                json.WriteStringValue(unit);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("converted");
        }

        json.WriteEndObject();
    }

    internal static decimal? Ratio(decimal? share) => share is { } s ? Math.Round(s, 6, MidpointRounding.AwayFromZero) : null;

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
