using System.Globalization;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// The geometry of the SVG charts, worked out once per page model so that the templates in templates/partials/chart-*.html
/// only place what is given: coordinates in a viewBox <see cref="Width"/> units wide, as invariant numbers. Every word
/// on a chart is the templates'; a chart is null where there is nothing to draw, and the template then draws none.
/// </summary>
internal static class ChartModels
{
    public const int Width = 640;

    /// <summary>The current status has no end date but "now", which changes daily; it gets a fixed width instead, so a page changes only when its content does.</summary>
    private const int OpenBand = 96;

    /// <summary>So that a run of a day still shows, and its date label has room next to its neighbour's.</summary>
    private const int MinBand = 24;

    private const int BandTop = 4;
    private const int BandHeight = 36;

    /// <summary>
    /// A commitment's status over time: one band per run of entries with the same status, closed runs as wide as their
    /// days, the current one open-ended. Null with a single run: one band says no more than the current status does.
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

        var closed = runs.Count - 1;
        var span = runs[^1].From.DayNumber - runs[0].From.DayNumber;
        var spare = (double)(Width - OpenBand - (MinBand * closed));
        var bands = new ScriptArray(runs.Count);
        var x = 0d;
        for (var i = 0; i < runs.Count; i++)
        {
            var (status, from) = runs[i];
            DateOnly? to = i < closed ? runs[i + 1].From : null;
            var width = to is { } end
                ? MinBand + (span == 0 ? spare / closed : spare * (end.DayNumber - from.DayNumber) / span)
                : OpenBand;
            bands.Add(new TemplateModel(10)
            {
                ["status"] = models.Status(status),
                ["from"] = Dates.Iso(from),
                ["from_display"] = models.Text.Date(from),
                ["to"] = to is { } t ? Dates.Iso(t) : null,
                ["to_display"] = to is { } d ? models.Text.Date(d) : null,
                ["days"] = to is { } e ? e.DayNumber - from.DayNumber : null,
                ["x"] = N(x),
                ["width"] = N(width),
                // Dates alternate between two lines under the bands, so that neighbours' labels do not overlap.
                ["label_y"] = N(BandTop + BandHeight + (i % 2 == 0 ? 16 : 32)),
                ["wide"] = width >= (models.Text.Text("status." + status.Slug()).Length * 7) + 10,
            });
            x += width;
        }

        return new TemplateModel(6)
        {
            ["id"] = "strip",
            ["width"] = Width,
            ["height"] = BandTop + BandHeight + 38,
            ["top"] = BandTop,
            ["band_height"] = BandHeight,
            ["bands"] = bands,
        };
    }

    /// <summary>
    /// Pledged against delivered per unit, each unit on its own scale, since tonnes and pounds have no common one. Null
    /// where no unit has anything pledged or delivered.
    /// </summary>
    public static TemplateModel? Bars(Scorecard card, ScriptArray units, string id)
    {
        const int rowHeight = 64;
        const int barLeft = 96;
        const int barRoom = 360;
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
            var pledged = max == 0 ? 0 : barRoom * (double)(unit.Pledged / max);
            var delivered = max == 0 ? 0 : barRoom * (double)(unit.Delivered / max);
            rows.Add(new TemplateModel(10)
            {
                ["unit"] = unit.Unit,
                ["y"] = y + 14,
                ["pledged_y"] = y + 22,
                ["delivered_y"] = y + 42,
                ["pledged"] = figures["pledged"],
                ["delivered"] = figures["delivered"],
                ["pledged_width"] = N(pledged),
                ["pledged_x"] = N(barLeft + pledged + 6),
                ["delivered_width"] = N(delivered),
                ["delivered_x"] = N(barLeft + delivered + 6),
            });
        }

        return rows.Count == 0 ? null : new TemplateModel(6)
        {
            ["id"] = id,
            ["width"] = Width,
            ["height"] = rows.Count * rowHeight,
            ["bar_left"] = barLeft,
            ["bar_height"] = 16,
            ["rows"] = rows,
        };
    }

    /// <summary>How many commitments are in each current status, one bar per status on a shared scale. Null with none.</summary>
    public static TemplateModel? Distribution(ScriptArray counts)
    {
        const int rowHeight = 28;
        const int barLeft = 120;
        const int barRoom = 440;
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
        for (var i = 0; i < counts.Count; i++)
        {
            var count = (TemplateModel)counts[i]!;
            var n = (int)count["count"]!;
            var width = barRoom * (double)n / max;
            rows.Add(new TemplateModel(5)
            {
                ["status"] = count["status"],
                ["count"] = n,
                ["y"] = i * rowHeight,
                ["width"] = N(width),
                ["count_x"] = N(barLeft + width + 6),
            });
        }

        return new TemplateModel(6)
        {
            ["id"] = "distribution",
            ["width"] = Width,
            ["height"] = counts.Count * rowHeight,
            ["bar_left"] = barLeft,
            ["bar_height"] = 20,
            ["rows"] = rows,
        };
    }

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
