using Briefings.Content;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Data;

/// <summary>
/// Every figure a page shows, one row each, with what it was worked out from: a share or a rate with its numerator and
/// denominator, a count with the total it is out of. Values are those of the JSON (whole units, ratios not percentages),
/// so the two agree to the digit; columns are documented in docs/data.md.
/// </summary>
internal static class FiguresCsv
{
    public static void Write(ContentGraph graph, IOutputWriter writer, string path)
    {
        using var table = new CsvTable(writer, path, "page", "subject_kind", "subject", "group", "figure", "status", "unit", "value", "numerator", "denominator");
        var total = graph.Commitments.Count;
        foreach (var status in CommitmentStatuses.All)
        {
            var count = graph.Commitments.Count(c => c.CurrentStatus == status);
            Row(table, "commitments/", "tracker", null, null, "count", status.Slug(), null, count, count, total);
        }

        foreach (var commitment in graph.Commitments)
        {
            foreach (var unit in commitment.Figures.Units)
            {
                var pledged = unit.Pledged?.Quantity.Value;
                Row(table, commitment.Key.Url, "commitment", commitment.Id, null, "offered", null, unit.Unit, unit.Offered?.Quantity.Value, null, null);
                Row(table, commitment.Key.Url, "commitment", commitment.Id, null, "pledged", null, unit.Unit, pledged, null, null);
                Row(table, commitment.Key.Url, "commitment", commitment.Id, null, "delivered", null, unit.Unit, unit.Delivered, null, null);
                Row(table, commitment.Key.Url, "commitment", commitment.Id, null, "share", null, unit.Unit, Ratio(unit.Share), unit.Delivered, pledged);
            }
        }

        foreach (var person in graph.People)
        {
            Card(table, person.Url, "person", person.Key.Id, "own", person.Scorecard);
        }

        foreach (var organization in graph.Organizations)
        {
            Card(table, organization.Url, "organization", organization.Key.Id, "own", organization.Scorecard);
            Card(table, organization.Url, "organization", organization.Key.Id, "members", organization.MembersScorecard);
        }

        table.Complete();
    }

    /// <summary>A scorecard's figures, as its page shows them; none for an actor with no commitments, whose page shows none.</summary>
    private static void Card(CsvTable table, string page, string kind, string id, string group, Scorecard card)
    {
        if (card.Total == 0)
        {
            return;
        }

        Row(table, page, kind, id, group, "total", null, null, card.Total, null, null);
        foreach (var status in CommitmentStatuses.All)
        {
            var count = card.Count(status);
            Row(table, page, kind, id, group, "count", status.Slug(), null, count, count, card.Total);
        }

        Row(table, page, kind, id, group, "kept_rate", null, null, card.KeptOf > 0 ? Ratio((decimal)card.Kept / card.KeptOf) : null, card.Kept, card.KeptOf);
        Row(table, page, kind, id, group, "withdrawn", null, null, card.Withdrawn, null, null);
        Row(table, page, kind, id, group, "median_days_to_delivery", null, null, card.MedianDays, null, card.Timed);
        Row(table, page, kind, id, group, "open", null, null, card.Open, null, null);
        Row(table, page, kind, id, group, "stale", null, null, card.Stale, null, null);
        foreach (var unit in card.Units)
        {
            Row(table, page, kind, id, group, "offered", null, unit.Unit, unit.HasOffered ? unit.Offered : null, null, null);
            Row(table, page, kind, id, group, "pledged", null, unit.Unit, unit.HasPledged ? unit.Pledged : null, null, null);
            Row(table, page, kind, id, group, "delivered", null, unit.Unit, unit.HasDelivered ? unit.Delivered : null, null, null);
            Row(table, page, kind, id, group, "share", null, unit.Unit, Ratio(unit.Share), unit.Delivered, unit.HasPledged ? unit.Pledged : null);
        }

        if (card.Converted is { } converted)
        {
            Row(table, page, kind, id, group, "converted_pledged", null, converted.Currency, Math.Round(converted.Pledged, 2), null, null);
            Row(table, page, kind, id, group, "converted_delivered", null, converted.Currency, Math.Round(converted.Delivered, 2), null, null);
            Row(table, page, kind, id, group, "converted_share", null, converted.Currency, Ratio(converted.Share), Math.Round(converted.Delivered, 2), Math.Round(converted.Pledged, 2));
        }
    }

    private static decimal? Ratio(decimal? share) => FigureJson.Ratio(share);

    private static void Row(CsvTable table, string page, string kind, string? id, string? group, string figure, string? status, string? unit,
        decimal? value, decimal? numerator, decimal? denominator) =>
        table.Field(page).Field(kind).Field(id).Field(group).Field(figure).Field(status).Field(unit)
            .Field(value).Field(numerator).Field(denominator);
}
