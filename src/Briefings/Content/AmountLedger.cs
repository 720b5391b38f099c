namespace Briefings.Content;

/// <summary>
/// The amounts of one commitment, entry by entry in timeline order, per unit. A pledge is the amount of the latest
/// entry at <c>pledged</c> or later: a restated pledge replaces the earlier one, never adds to it. Amounts on
/// <c>proposed</c> and <c>offered</c> entries are offers, kept apart and never counted as pledged. Deliveries add up.
/// The checker and the graph both read a commitment through it, so the warnings and the pages cannot disagree.
/// </summary>
public sealed class AmountLedger
{
    private readonly List<string> _units = [];
    private readonly Dictionary<string, Dated> _pledged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dated> _offered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Dated>> _deliveries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _delivered = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stated = new(StringComparer.Ordinal);

    /// <summary>A quantity with the date of the entry that recorded it, which converts it when it has no value_date.</summary>
    public readonly record struct Dated(Quantity Quantity, DateOnly EntryDate)
    {
        public DateOnly ConversionDate => Quantity.ValueDate ?? EntryDate;
    }

    /// <summary>Every unit the commitment has been counted in, in the order they first appear.</summary>
    public IReadOnlyList<string> Units => _units;

    public bool IsEmpty => _units.Count == 0;

    public static bool CountsAsPledge(CommitmentStatus status) => status >= CommitmentStatus.Pledged;

    /// <summary>
    /// Takes in the next entry. Returns the units it left out of its <c>amount:</c> that earlier amounts gave, and the
    /// units whose deliveries, with this entry's, now exceed what is pledged.
    /// </summary>
    public (IReadOnlyList<string> Dropped, IReadOnlyList<string> Over) Add(CommitmentMention mention, DateOnly date)
    {
        List<string>? dropped = null;
        if (mention.Amount.Count > 0)
        {
            foreach (var unit in _stated)
            {
                if (!mention.Amount.Any(q => q.Unit == unit))
                {
                    (dropped ??= []).Add(unit);
                }
            }

            var target = CountsAsPledge(mention.Status) ? _pledged : _offered;
            foreach (var quantity in mention.Amount)
            {
                Unit(quantity.Unit);
                _stated.Add(quantity.Unit);
                target[quantity.Unit] = new Dated(quantity, date);
            }
        }

        List<string>? over = null;
        foreach (var quantity in mention.Delivered)
        {
            Unit(quantity.Unit);
            if (!_deliveries.TryGetValue(quantity.Unit, out var list))
            {
                _deliveries[quantity.Unit] = list = [];
            }

            list.Add(new Dated(quantity, date));
            _delivered[quantity.Unit] = _delivered.GetValueOrDefault(quantity.Unit) + quantity.Value;
        }

        foreach (var unit in _units)
        {
            if ((mention.Delivered.Any(q => q.Unit == unit) || mention.Amount.Any(q => q.Unit == unit)) && Exceeds(unit))
            {
                (over ??= []).Add(unit);
            }
        }

        dropped?.Sort(StringComparer.Ordinal);
        return (dropped ?? [], over ?? []);
    }

    public Dated? Pledged(string unit) => _pledged.TryGetValue(unit, out var q) ? q : null;

    public Dated? Offered(string unit) => _offered.TryGetValue(unit, out var q) ? q : null;

    /// <summary>The sum delivered in the unit; null when nothing was recorded as delivered in it.</summary>
    public decimal? Delivered(string unit) => _delivered.TryGetValue(unit, out var d) ? d : null;

    public IReadOnlyList<Dated> Deliveries(string unit) => _deliveries.TryGetValue(unit, out var list) ? list : [];

    /// <summary>Delivered ÷ pledged; null, not 0 or 1, where nothing (or zero) is pledged in the unit.</summary>
    public decimal? Share(string unit) =>
        Pledged(unit) is { Quantity.Value: > 0 } pledged ? (Delivered(unit) ?? 0m) / pledged.Quantity.Value : null;

    /// <summary>More delivered than pledged in the unit; a delivery with no pledge at all has nothing to exceed.</summary>
    public bool Exceeds(string unit) => Pledged(unit) is { } pledged && (Delivered(unit) ?? 0m) > pledged.Quantity.Value;

    private void Unit(string unit)
    {
        if (!_units.Contains(unit))
        {
            _units.Add(unit);
        }
    }
}
