using System.Globalization;
using Briefings.Content;
using Briefings.Content.Languages;
using Briefings.Graph;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// Amounts, shares and scorecards as templates show them. Numbers come formatted, the words around them are the
/// templates' own: a quantity is <c>value_display</c> (with the language's digit groups and decimal mark), <c>scale</c>
/// (thousand, million, billion, or null: a key of the language files' <c>scale</c>) and <c>unit</c>; a share is a whole
/// <c>percent</c>, or null where it is undefined.
/// </summary>
internal static class FigureModels
{
    /// <summary>Below this many, a rate is shown only as its counts ("3 of 4"): a percentage of so few says more than it knows.</summary>
    public const int PercentThreshold = 5;

    /// <summary>A quantity as the author wrote it: its value in its own scale.</summary>
    public static TemplateModel Written(InterfaceText text, Quantity quantity) => Quantity(text, quantity.Written, quantity.Scale, quantity.Unit, quantity.Basis, quantity.ValueDate);

    public static ScriptArray Written(InterfaceText text, IReadOnlyList<Quantity> quantities) => ViewModels.Array(quantities.Select(q => Written(text, q)));

    /// <summary>A computed total, in the largest scale it reaches, so that 1,500,000,000 reads as 1.5 billion.</summary>
    public static TemplateModel Total(InterfaceText text, decimal value, string unit)
    {
        var scale = value >= 1_000_000_000m ? Scale.Billion : value >= 1_000_000m ? Scale.Million : Scale.None;
        return Quantity(text, value / scale.Factor(), scale, unit, null, null);
    }

    private static TemplateModel Quantity(InterfaceText text, decimal value, Scale scale, string unit, string? basis, DateOnly? valueDate) => new(7)
    {
        ["value"] = value.ToString(CultureInfo.InvariantCulture),
        ["value_display"] = text.Number(value),
        ["scale"] = scale.Name(),
        ["unit"] = unit,
        ["money"] = Content.Quantity.IsCurrency(unit),
        ["basis"] = basis,
        ["value_date"] = valueDate is { } date ? text.Date(date) : null,
    };

    /// <summary>A share as a whole percentage; null where it is undefined (nothing pledged).</summary>
    public static string? Percent(decimal? share) =>
        share is { } s ? Math.Round(s * 100m, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture) : null;

    /// <summary>A count out of a denominator: the percentage only from <see cref="PercentThreshold"/> up.</summary>
    public static TemplateModel Rate(int count, int of) => new(3)
    {
        ["count"] = count,
        ["of"] = of,
        ["percent"] = of >= PercentThreshold ? Percent((decimal)count / of) : null,
    };

    /// <summary>A commitment's amounts, one row per unit, with what the entries that moved them add up to.</summary>
    public static ScriptArray Units(InterfaceText text, CommitmentFigures figures) => ViewModels.Array(figures.Units.Select(u => new TemplateModel(6)
    {
        ["unit"] = u.Unit,
        ["offered"] = u.Offered is { } offered ? Written(text, offered.Quantity) : null,
        ["pledged"] = u.Pledged is { } pledged ? Written(text, pledged.Quantity) : null,
        ["delivered"] = u.Delivered is { } delivered ? Total(text, delivered, u.Unit) : null,
        ["share"] = Percent(u.Share),
        ["over"] = u.Over,
    }));

    /// <param name="chartId">Where the page draws the scorecard's bars, the chart's id, unique on the page; null for none.</param>
    public static TemplateModel Scorecard(ViewModels models, Scorecard card, string? chartId = null)
    {
        var converted = card.Converted;
        var model = new TemplateModel(14)
        {
            ["total"] = card.Total,
            ["statuses"] = ViewModels.Array(CommitmentStatuses.All.Select(status => new TemplateModel(2)
            {
                ["status"] = models.Status(status),
                ["count"] = card.Count(status),
            })),
            ["kept"] = Rate(card.Kept, card.KeptOf),
            ["withdrawn"] = card.Withdrawn,
            ["median_days"] = card.MedianDays is { } days ? models.Text.Number(days) : null,
            // What the plural of "days" agrees with: the whole days of the median.
            ["median_days_count"] = card.MedianDays is { } whole ? (long)decimal.Floor(whole) : 0L,
            ["timed"] = card.Timed,
            ["open"] = card.Open,
            ["stale"] = card.Stale,
            ["units"] = ViewModels.Array(card.Units.Select(u => new TemplateModel(6)
            {
                ["unit"] = u.Unit,
                ["offered"] = u.HasOffered ? Total(models.Text, u.Offered, u.Unit) : null,
                ["pledged"] = u.HasPledged ? Total(models.Text, u.Pledged, u.Unit) : null,
                ["delivered"] = u.HasDelivered ? Total(models.Text, u.Delivered, u.Unit) : null,
                ["share"] = Percent(u.Share),
                ["over"] = u.HasPledged && u.Delivered > u.Pledged,
            })),
            ["converted"] = converted is null ? null : new TemplateModel(5)
            {
                ["pledged"] = Total(models.Text, converted.Pledged, converted.Currency),
                ["delivered"] = Total(models.Text, converted.Delivered, converted.Currency),
                ["share"] = Percent(converted.Share),
                ["rates"] = ViewModels.Array(converted.Tables.Select(t => new TemplateModel(3)
                {
                    ["date"] = Dates.Iso(t.Date),
                    ["date_display"] = models.Text.Date(t.Date),
                    ["source"] = t.Source,
                })),
                ["unconverted"] = ViewModels.Array(converted.Unconverted),
            },
        };
        model["chart"] = chartId is null ? null : ChartModels.Bars(card, (ScriptArray)model["units"]!, chartId);
        return model;
    }
}
