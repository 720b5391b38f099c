using Briefings.Content;

namespace Briefings.Graph;

/// <summary>One unit's figures of a commitment: offered, pledged, delivered and the share delivered.</summary>
/// <param name="Share">Delivered ÷ pledged; null where nothing is pledged in the unit, so that it reads as undefined, not 0 %.</param>
/// <param name="Over">More delivered than pledged.</param>
public sealed record UnitFigures(string Unit, AmountLedger.Dated? Offered, AmountLedger.Dated? Pledged, decimal? Delivered, decimal? Share, bool Over);

/// <summary>
/// What a commitment's timeline adds up to, worked out once per build from its entries (which, in an as-of build, are
/// those up to that date): amounts per unit, and whether it has gone quiet.
/// </summary>
public sealed class CommitmentFigures
{
    public static readonly CommitmentFigures None = new([], new HashSet<int>(), new AmountLedger(), DateOnly.MinValue, null, null, false);

    private CommitmentFigures(IReadOnlyList<UnitFigures> units, IReadOnlySet<int> unexplained, AmountLedger ledger, DateOnly lastEntry, DateOnly? firstPledge, DateOnly? firstDelivery, bool stale)
    {
        Units = units;
        Unexplained = unexplained;
        Ledger = ledger;
        LastEntry = lastEntry;
        FirstPledge = firstPledge;
        FirstDelivery = firstDelivery;
        Stale = stale;
    }

    public IReadOnlyList<UnitFigures> Units { get; }

    /// <summary>The timeline indexes of entries that took deliveries above the pledge with no note to explain it.</summary>
    public IReadOnlySet<int> Unexplained { get; }

    /// <summary>The quantities with their dates, which totals across currencies convert one by one.</summary>
    public AmountLedger Ledger { get; }

    public DateOnly LastEntry { get; }

    /// <summary>The date of the first entry at pledged or later.</summary>
    public DateOnly? FirstPledge { get; }

    /// <summary>The date of the first entry that recorded it as delivered.</summary>
    public DateOnly? FirstDelivery { get; }

    /// <summary>In an open status, and its last entry more than the config's stale_after_days before the as-of date.</summary>
    public bool Stale { get; }

    public bool OverDelivered => Units.Any(u => u.Over);

    public static bool IsOpen(CommitmentStatus status) => status <= CommitmentStatus.InProgress;

    public static CommitmentFigures Of(IReadOnlyList<CommitmentEntry> timeline, DateOnly asOf, int staleAfterDays)
    {
        var ledger = new AmountLedger();
        var unexplained = new HashSet<int>();
        DateOnly? firstPledge = null;
        DateOnly? firstDelivery = null;
        foreach (var entry in timeline)
        {
            var (_, over) = ledger.Add(entry.Mention, entry.Date);
            if (over.Count > 0 && string.IsNullOrWhiteSpace(entry.Mention.Note))
            {
                unexplained.Add(entry.Index);
            }

            if (AmountLedger.CountsAsPledge(entry.Status))
            {
                firstPledge ??= entry.Date;
            }

            if (entry.Status == CommitmentStatus.Delivered)
            {
                firstDelivery ??= entry.Date;
            }
        }

        var units = ledger.Units
            .Select(unit => new UnitFigures(unit, ledger.Offered(unit), ledger.Pledged(unit), ledger.Delivered(unit), ledger.Share(unit), ledger.Exceeds(unit)))
            .ToList();
        var last = timeline[^1];
        var stale = staleAfterDays > 0 && IsOpen(last.Status) && asOf.DayNumber - last.Date.DayNumber > staleAfterDays;
        return new CommitmentFigures(units, unexplained, ledger, last.Date, firstPledge, firstDelivery, stale);
    }
}
