using Briefings.Content;

namespace Briefings.Graph;

/// <summary>One unit summed over a scorecard's commitments.</summary>
/// <param name="Share">Delivered ÷ pledged; null where nothing is pledged in the unit.</param>
public sealed record UnitTotal(string Unit, decimal Offered, decimal Pledged, decimal Delivered, decimal? Share, bool HasOffered, bool HasPledged, bool HasDelivered);

/// <summary>Money in several currencies converted into one, with the tables of rates used, which the page cites.</summary>
/// <param name="Unconverted">Currencies no table has a rate for: left out of the totals and shown on their own.</param>
public sealed record ConvertedTotal(string Currency, decimal Pledged, decimal Delivered, decimal? Share, IReadOnlyList<RateTable> Tables, IReadOnlyList<string> Unconverted);

/// <summary>
/// The figures of a set of commitments (one actor's own): how many are in each current status, the kept rate
/// (delivered ÷ (delivered + broken), withdrawn left out), the median days from first pledge to first delivery over
/// the delivered ones beside how many are still open, and the amounts per unit. Never the sum of two actors'.
/// </summary>
public sealed class Scorecard
{
    public static readonly Scorecard Empty = Of([], []);

    private readonly int[] _byStatus;

    private Scorecard(int total, int[] byStatus, decimal? medianDays, int timed, int stale, IReadOnlyList<UnitTotal> units, ConvertedTotal? converted)
    {
        Total = total;
        _byStatus = byStatus;
        MedianDays = medianDays;
        Timed = timed;
        Stale = stale;
        Units = units;
        Converted = converted;
    }

    public int Total { get; }

    public int Count(CommitmentStatus status) => _byStatus[(int)status];

    public int Kept => Count(CommitmentStatus.Delivered);

    public int Broken => Count(CommitmentStatus.Broken);

    public int Withdrawn => Count(CommitmentStatus.Withdrawn);

    /// <summary>The kept rate's denominator: delivered and broken; withdrawn ones are neither.</summary>
    public int KeptOf => Kept + Broken;

    /// <summary>Pledged and in progress: a pledge not yet delivered, whose time to delivery is not known yet.</summary>
    public int Open => Count(CommitmentStatus.Pledged) + Count(CommitmentStatus.InProgress);

    /// <summary>Median days from first pledge to first delivery over the delivered commitments; null when none.</summary>
    public decimal? MedianDays { get; }

    /// <summary>How many delivered commitments the median is over.</summary>
    public int Timed { get; }

    public int Stale { get; }

    public IReadOnlyList<UnitTotal> Units { get; }

    public ConvertedTotal? Converted { get; }

    public static Scorecard Of(IReadOnlyList<CommitmentNode> commitments, IReadOnlyList<RateTable> rates)
    {
        var byStatus = new int[CommitmentStatuses.All.Count];
        var days = new List<int>();
        var stale = 0;
        foreach (var commitment in commitments)
        {
            byStatus[(int)commitment.CurrentStatus]++;
            var figures = commitment.Figures;
            stale += figures.Stale ? 1 : 0;
            if (commitment.CurrentStatus == CommitmentStatus.Delivered && figures.FirstDelivery is { } delivered)
            {
                var pledged = figures.FirstPledge ?? delivered;
                days.Add(delivered.DayNumber - pledged.DayNumber);
            }
        }

        return new Scorecard(commitments.Count, byStatus, Median(days), days.Count, stale, Totals(commitments), Convert(commitments, rates));
    }

    private static decimal? Median(List<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2m;
    }

    private static List<UnitTotal> Totals(IReadOnlyList<CommitmentNode> commitments)
    {
        var order = new List<string>();
        var sums = new Dictionary<string, (decimal Offered, decimal Pledged, decimal Delivered, bool O, bool P, bool D)>(StringComparer.Ordinal);
        foreach (var commitment in commitments)
        {
            foreach (var unit in commitment.Figures.Units)
            {
                if (!sums.TryGetValue(unit.Unit, out var sum))
                {
                    order.Add(unit.Unit);
                }

                sums[unit.Unit] = (
                    sum.Offered + (unit.Offered?.Quantity.Value ?? 0m),
                    sum.Pledged + (unit.Pledged?.Quantity.Value ?? 0m),
                    sum.Delivered + (unit.Delivered ?? 0m),
                    sum.O || unit.Offered is not null,
                    sum.P || unit.Pledged is not null,
                    sum.D || unit.Delivered is not null);
            }
        }

        // Money first, by currency code, then counts by unit: the same order on every page.
        return [.. order
            .OrderBy(unit => Quantity.IsCurrency(unit) ? 0 : 1)
            .ThenBy(unit => unit, StringComparer.Ordinal)
            .Select(unit =>
            {
                var s = sums[unit];
                return new UnitTotal(unit, s.Offered, s.Pledged, s.Delivered, s.Pledged > 0 ? s.Delivered / s.Pledged : null, s.O, s.P, s.D);
            })];
    }

    private static ConvertedTotal? Convert(IReadOnlyList<CommitmentNode> commitments, IReadOnlyList<RateTable> rates)
    {
        if (rates.Count == 0)
        {
            return null;
        }

        decimal pledged = 0, delivered = 0;
        var used = new SortedSet<DateOnly>();
        var unconverted = new SortedSet<string>(StringComparer.Ordinal);
        var any = false;
        foreach (var commitment in commitments)
        {
            var ledger = commitment.Figures.Ledger;
            foreach (var unit in ledger.Units.Where(Quantity.IsCurrency))
            {
                any = true;
                var quantities = ledger.Deliveries(unit).Select(d => (Dated: d, Pledge: false));
                if (ledger.Pledged(unit) is { } pledge)
                {
                    quantities = quantities.Prepend((pledge, true));
                }

                foreach (var (dated, isPledge) in quantities)
                {
                    if (RateTables.For(rates, unit, dated.ConversionDate) is not { } table)
                    {
                        unconverted.Add(unit);
                        continue;
                    }

                    used.Add(table.Date);
                    var value = dated.Quantity.Value * table.RateOf(unit)!.Value;
                    if (isPledge)
                    {
                        pledged += value;
                    }
                    else
                    {
                        delivered += value;
                    }
                }
            }
        }

        return any
            ? new ConvertedTotal(rates[0].Currency, pledged, delivered, pledged > 0 ? delivered / pledged : null, [.. rates.Where(t => used.Contains(t.Date))], [.. unconverted])
            : null;
    }
}
