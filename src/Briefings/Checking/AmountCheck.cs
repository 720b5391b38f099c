using System.Globalization;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>
/// What a commitment's amounts say only in timeline order: more delivered than pledged with no note to explain it, and
/// an amount that leaves out a unit earlier entries gave (the earlier figure then still stands, which may not be meant).
/// </summary>
internal static class AmountCheck
{
    public static void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        foreach (var group in DatedMentions.Of(content))
        {
            if (!group.Any(x => x.Mention.Amount.Count > 0 || x.Mention.Delivered.Count > 0))
            {
                continue;
            }

            var ledger = new AmountLedger();
            foreach (var (brief, mention) in group)
            {
                var (dropped, over) = ledger.Add(mention, brief.Date);
                foreach (var unit in dropped)
                {
                    diagnostics.Warning(Codes.AmountUnitDropped, brief.File, mention.AmountAt,
                        $"this amount of '{group.Key}' gives no '{unit}', which an earlier entry gave, so the earlier figure in {unit} still stands; give it again here, or 0 if nothing is left of it");
                }

                if (!string.IsNullOrWhiteSpace(mention.Note))
                {
                    continue;
                }

                foreach (var unit in over)
                {
                    var at = mention.Delivered.FirstOrDefault(q => q.Unit == unit)?.At ?? mention.AmountAt;
                    diagnostics.Warning(Codes.DeliveredOverPledged, brief.File, at,
                        $"'{group.Key}' has now delivered {Number(ledger.Delivered(unit) ?? 0m)} {unit}, more than the {Number(ledger.Pledged(unit)!.Value.Quantity.Value)} {unit} pledged; add a 'note:' to this entry that explains it, or correct the amounts");
                }
            }
        }
    }

    private static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
}
