using Briefings.Content;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Data;

/// <summary>
/// The commitments, every status entry and every quote as CSV beside the JSON, for a spreadsheet or a notebook. One
/// row per commitment, entry or quote; columns are documented in docs/data.md and only ever added, never removed.
/// Each entry row carries its commitment's actor, its brief's source and its amounts (a row per unit), so that every
/// figure of api/figures.csv can be rebuilt from that file alone.
/// </summary>
public static class CsvData
{
    /// <param name="kinds">The kinds an edit that keeps the graph's shape changed, as for <see cref="ApiData.Write"/>; null for all.</param>
    public static void Write(ContentGraph graph, IOutputWriter writer, IReadOnlySet<ContentKind>? kinds = null)
    {
        bool Of(ContentKind kind) => kinds is null || kinds.Contains(kind);
        if (Of(ContentKind.Commitment))
        {
            Commitments(graph, writer);
        }

        // An entry row carries its brief's slug and source; a quote row its brief's and its speaker's name.
        if (Of(ContentKind.Commitment) || Of(ContentKind.Brief))
        {
            StatusEntries(graph, writer);
        }

        if (Of(ContentKind.Brief) || Of(ContentKind.Person))
        {
            Quotes(graph, writer);
        }

        if (Of(ContentKind.Commitment) || Of(ContentKind.Person) || Of(ContentKind.Organization))
        {
            FiguresCsv.Write(graph, writer, "api/figures.csv");
        }
    }

    private static void Commitments(ContentGraph graph, IOutputWriter writer)
    {
        using var table = new CsvTable(writer, "api/commitments.csv", "id", "url", "title", "text", "by_kind", "by", "to_kind", "to", "status", "status_since",
            "conditions", "entries", "first_date", "last_date");
        foreach (var commitment in graph.Commitments)
        {
            table.Field(commitment.Id).Field(commitment.Key.Url).Field(commitment.Title).Field(commitment.Text);
            Actor(table, commitment.By);
            Actor(table, commitment.To);
            table.Field(commitment.CurrentStatus.Slug()).Field(commitment.StatusSince.Date)
                .Field(string.Join("; ", commitment.Conditions))
                .Field(commitment.Timeline.Count).Field(commitment.Timeline[0].Date).Field(commitment.Current.Date);
        }

        table.Complete();
    }

    private static void StatusEntries(ContentGraph graph, IOutputWriter writer)
    {
        using var table = new CsvTable(writer, "api/status-entries.csv", "commitment", "by_kind", "by", "to_kind", "to", "date", "status", "previous_status", "change",
            "conditions", "note", "brief", "brief_url", "source_title", "source_publisher", "source_url", "source_date",
            "entry", "unit", "amount", "amount_written", "amount_scale", "amount_value_date", "amount_basis",
            "delivered", "delivered_written", "delivered_scale", "delivered_value_date", "delivered_basis");
        foreach (var commitment in graph.Commitments)
        {
            foreach (var entry in commitment.Timeline)
            {
                var units = Units(entry.Mention);
                for (var u = 0; u < units.Count; u++)
                {
                    EntryRow(table, commitment, entry);
                    var unit = units[u];
                    table.Field(entry.Index + 1).Field(unit);
                    Amount(table, unit is null ? null : entry.Mention.Amount.FirstOrDefault(q => q.Unit == unit));
                    Amount(table, unit is null ? null : entry.Mention.Delivered.FirstOrDefault(q => q.Unit == unit));
                }
            }
        }

        table.Complete();
    }

    /// <summary>
    /// The units an entry states an amount or a delivery in, in the order written; one null where it states none, so
    /// that every entry has a row, and an entry in two units has two, its other columns repeated.
    /// </summary>
    private static List<string?> Units(CommitmentMention mention)
    {
        var units = new List<string?>();
        foreach (var q in mention.Amount.Concat(mention.Delivered))
        {
            if (!units.Contains(q.Unit))
            {
                units.Add(q.Unit);
            }
        }

        if (units.Count == 0)
        {
            units.Add(null);
        }

        return units;
    }

    private static void Amount(CsvTable table, Quantity? q) =>
        table.Field(q?.Value).Field(q?.Written).Field(q?.Scale.Name()).Field(q?.ValueDate).Field(q?.Basis);

    private static void EntryRow(CsvTable table, CommitmentNode commitment, CommitmentEntry entry)
    {
        table.Field(commitment.Id);
        Actor(table, commitment.By);
        Actor(table, commitment.To);
        var previous = entry.Previous?.Status;
        table.Field(entry.Date).Field(entry.Status.Slug()).Field(previous?.Slug())
            .Field(previous is null ? "first" : previous == entry.Status ? "restated" : "changed")
            .Field(string.Join("; ", entry.Mention.Conditions)).Field(entry.Mention.Note)
            .Field(entry.Brief.Brief.Slug).Field(entry.Brief.Url);
        Source(table, entry.Brief.Brief.Source);
    }

    private static void Quotes(ContentGraph graph, IOutputWriter writer)
    {
        using var table = new CsvTable(writer, "api/quotes.csv", "brief", "brief_url", "date", "quote", "person", "person_name", "id", "text", "context",
            "source_title", "source_publisher", "source_url", "source_date", "kind", "language", "original",
            "quote_source_title", "quote_source_publisher", "quote_source_url", "quote_source_date", "quote_source_archive_url", "source_archive_url");
        foreach (var brief in graph.Briefs)
        {
            var quotes = brief.Brief.Quotes;
            for (var i = 0; i < quotes.Count; i++)
            {
                var quote = quotes[i];
                table.Field(brief.Brief.Slug).Field(brief.Url).Field(brief.Brief.Date).Field(i + 1)
                    .Field(quote.By.Id).Field(graph.PeopleById.TryGetValue(quote.By.Id, out var person) ? person.Person.Name : null)
                    .Field(quote.Id?.Id).Field(quote.Text).Field(quote.Context);
                Source(table, brief.Brief.Source);
                table.Field(quote.Kind.Slug()).Field(quote.Language).Field(quote.Original);
                Source(table, quote.Source);
                table.Field(quote.Source?.ArchiveUrl).Field(brief.Brief.Source?.ArchiveUrl);
            }
        }

        table.Complete();
    }

    private static void Actor(CsvTable table, EntityKey? key) =>
        table.Field(key is null ? null : key.Value.Kind == ContentKind.Person ? "person" : "organization").Field(key?.Id);

    private static void Source(CsvTable table, Source? source) =>
        table.Field(source?.Title).Field(source?.Publisher).Field(source?.Url).Field(source?.Date);
}
