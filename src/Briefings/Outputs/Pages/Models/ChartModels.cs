using System.Globalization;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// The geometry of the SVG charts, worked out once per page model so that the templates in templates/partials/chart-*.html
/// only place what is given. The charts have no viewBox, so nothing in them is scaled: their text is the stylesheet's
/// size at every width, heights are pixels, and positions and widths across are percentages of the chart's width, laid
/// out so that labels keep apart on a phone's column (<see cref="NarrowWidth"/>), the narrowest the chart is drawn at.
/// Every word on a chart is the templates'; a chart is null where there is nothing to draw, and the template then draws none.
/// </summary>
internal static class ChartModels
{
    /// <summary>The column a 390 px phone leaves a chart (its gutters taken off), in CSS pixels.</summary>
    private const double NarrowWidth = 358;

    /// <summary>How wide a character of the charts' 13 px text may be at most, in CSS pixels, to judge what fits.</summary>
    private const double CharWidth = 8;

    /// <summary>
    /// The runs a strip draws at most, the latest: a long history would make a strip of slivers and a page of unbounded
    /// size, so the earlier runs are counted and left to the timeline, as the page's own timeline leaves its earlier entries.
    /// </summary>
    public const int StripRuns = 5;

    /// <summary>
    /// The current status has no end date but "now", which changes daily; it gets a fixed share instead, so a page changes
    /// only when its content does. As wide as a date label, since its label starts at its left edge and must end inside.
    /// </summary>
    private const double OpenBand = 40;

    /// <summary>So that a run of a day still shows; dates under the bands take turns on <see cref="StripRuns"/> - 1 lines,
    /// so a label shares its line only with one <see cref="StripRuns"/> - 1 bands on, at least a date's width away.</summary>
    private const double MinBand = 10;

    private const int LabelLines = StripRuns - 1;
    private const int LineHeight = 16;
    private const int BandTop = 4;
    private const int BandHeight = 32;

    /// <summary>
    /// A commitment's status over time: one band per run of entries with the same status, closed runs as wide as their
    /// days, the current one open-ended; the latest <see cref="StripRuns"/> runs. Null with a single run: one band says
    /// no more than the current status does.
    /// </summary>
    public static TemplateModel? Strip(ViewModels models, IReadOnlyList<CommitmentEntry> timeline)
    {
        var runs = new List<(CommitmentStatus Status, DateOnly From)>();
        foreach (var entry in timeline)
        {
            if (runs.Count == 0 || runs[^1].Status != entry.Status)
            {
                runs.Add((entry.Status, entry.Date));
            }
        }

        if (runs.Count < 2)
        {
            return null;
        }

        var leftOut = Math.Max(0, runs.Count - StripRuns);
        var shown = runs.Count - leftOut;
        var closed = shown - 1;
        var span = runs[^1].From.DayNumber - runs[leftOut].From.DayNumber;
        var spare = 100 - OpenBand - (MinBand * closed);
        var bands = new ScriptArray(shown);
        var statuses = new List<CommitmentStatus>(shown);
        var x = 0d;
        for (var i = 0; i < shown; i++)
        {
            var (status, from) = runs[leftOut + i];
            DateOnly? to = i < closed ? runs[leftOut + i + 1].From : null;
            var width = to is { } end
                ? MinBand + (span == 0 ? spare / closed : spare * (end.DayNumber - from.DayNumber) / span)
                : OpenBand;
            var shownStatus = models.Status(status);
            bands.Add(new TemplateModel(10)
            {
                ["status"] = shownStatus,
                ["from"] = Dates.Iso(from),
                ["from_display"] = models.Text.Date(from),
                ["to"] = to is { } t ? Dates.Iso(t) : null,
                ["to_display"] = to is { } d ? models.Text.Date(d) : null,
                ["days"] = to is { } e ? e.DayNumber - from.DayNumber : null,
                ["x"] = N(x),
                ["width"] = N(width),
                ["label_y"] = BandTop + BandHeight + ((i % LabelLines) + 1) * LineHeight,
                // Judged by the label the band shows, the status model's own.
                ["wide"] = Fits(width, (string)shownStatus["label"]!),
            });
            if (!statuses.Contains(status))
            {
                statuses.Add(status);
            }

            x += width;
        }

        return new TemplateModel(7)
        {
            ["id"] = "strip",
            ["height"] = BandTop + BandHeight + (Math.Min(shown, LabelLines) * LineHeight) + 6,
            ["top"] = BandTop,
            ["band_height"] = BandHeight,
            ["bands"] = bands,
            ["left_out"] = leftOut,
            ["patterns"] = Patterns(statuses.Select(s => s.Slug())),
        };
    }

    /// <summary>
    /// Pledged against delivered per unit, each unit on its own scale, since tonnes and pounds have no common one: a line
    /// of words and a bar beneath for each, so that long amounts never crowd the bars. Null where no unit has anything
    /// pledged or delivered.
    /// </summary>
    public static TemplateModel? Bars(Scorecard card, ScriptArray units, string id)
    {
        const int rowHeight = 104;
        var rows = new ScriptArray();
        for (var i = 0; i < card.Units.Count; i++)
        {
            var unit = card.Units[i];
            if (!unit.HasPledged && !unit.HasDelivered)
            {
                continue;
            }

            var max = Math.Max(unit.Pledged, unit.Delivered);
            var y = rows.Count * rowHeight;
            var figures = (TemplateModel)units[i]!;
            rows.Add(new TemplateModel(9)
            {
                ["unit"] = unit.Unit,
                ["y"] = y + 14,
                ["pledged_y"] = y + 36,
                ["pledged_bar_y"] = y + 42,
                ["delivered_y"] = y + 74,
                ["delivered_bar_y"] = y + 80,
                ["pledged"] = figures["pledged"],
                ["delivered"] = figures["delivered"],
                ["pledged_width"] = N(max == 0 ? 0 : 100 * (double)(unit.Pledged / max)),
                ["delivered_width"] = N(max == 0 ? 0 : 100 * (double)(unit.Delivered / max)),
            });
        }

        return rows.Count == 0 ? null : new TemplateModel(5)
        {
            ["id"] = id,
            ["height"] = (rows.Count * rowHeight) - 10,
            ["bar_height"] = 14,
            ["rows"] = rows,
            ["patterns"] = Patterns([CommitmentStatus.Pledged.Slug(), CommitmentStatus.Delivered.Slug()]),
        };
    }

    /// <summary>
    /// How many commitments are in each current status, one bar per status on a shared scale, the statuses' names in a
    /// column on the left. Null with none.
    /// </summary>
    public static TemplateModel? Distribution(ScriptArray counts)
    {
        const int rowHeight = 26;
        const double keyRight = 35;
        const double barLeft = 37;
        const double barRoom = 50;
        var max = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            max = Math.Max(max, (int)((TemplateModel)counts[i]!)["count"]!);
        }

        if (max == 0)
        {
            return null;
        }

        var rows = new ScriptArray(counts.Count);
        var statuses = new List<string>(counts.Count);
        for (var i = 0; i < counts.Count; i++)
        {
            var count = (TemplateModel)counts[i]!;
            var n = (int)count["count"]!;
            var width = barRoom * n / max;
            rows.Add(new TemplateModel(5)
            {
                ["status"] = count["status"],
                ["count"] = n,
                ["y"] = i * rowHeight,
                ["width"] = N(width),
                ["count_x"] = N(barLeft + width + 1.5),
            });
            if (n > 0)
            {
                statuses.Add((string)((TemplateModel)count["status"]!)["slug"]!);
            }
        }

        return new TemplateModel(7)
        {
            ["id"] = "distribution",
            ["height"] = (counts.Count * rowHeight) - 6,
            ["key_right"] = N(keyRight),
            ["bar_left"] = N(barLeft),
            ["bar_height"] = 20,
            ["rows"] = rows,
            ["patterns"] = Patterns(statuses),
        };
    }

    /// <summary>Whether a status's name fits inside a band of this share of the chart at its narrowest, with its margins.</summary>
    private static bool Fits(double percent, string name) => percent / 100 * NarrowWidth >= (name.Length * CharWidth) + 10;

    /// <summary>The statuses whose fill patterns a chart uses, so that it defines those and no more.</summary>
    private static ScriptArray Patterns(IEnumerable<string> slugs) => ViewModels.Array(slugs);

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
