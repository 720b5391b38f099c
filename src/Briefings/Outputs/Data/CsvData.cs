using Briefings.Content;
using Briefings.Graph;
using Briefings.Writing;

namespace Briefings.Outputs.Data;

/// <summary>
/// The commitments, every status entry and every quote as CSV beside the JSON, for a spreadsheet or a notebook. One
/// row per commitment, entry or quote; columns are documented in docs/data.md and only ever added, never removed.
/// Each entry row carries its commitment's actor and its brief's source, so a figure can be rebuilt from that file alone.
/// </summary>
public static class CsvData
{
    public static void Write(ContentGraph graph, IOutputWriter writer)
    {
        Commitments(graph).WriteTo(writer, "api/commitments.csv");
        StatusEntries(graph).WriteTo(writer, "api/status-entries.csv");
        Quotes(graph).WriteTo(writer, "api/quotes.csv");
    }

    private static CsvTable Commitments(ContentGraph graph)
    {
        var table = new CsvTable("id", "url", "title", "text", "by_kind", "by", "to_kind", "to", "status", "status_since",
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

        return table;
    }

    private static CsvTable StatusEntries(ContentGraph graph)
    {
        var table = new CsvTable("commitment", "by_kind", "by", "to_kind", "to", "date", "status", "previous_status", "change",
            "conditions", "note", "brief", "brief_url", "source_title", "source_publisher", "source_url", "source_date");
        foreach (var commitment in graph.Commitments)
        {
            foreach (var entry in commitment.Timeline)
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
        }

        return table;
    }

    private static CsvTable Quotes(ContentGraph graph)
    {
        var table = new CsvTable("brief", "brief_url", "date", "quote", "person", "person_name", "id", "text", "context",
            "source_title", "source_publisher", "source_url", "source_date");
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
            }
        }

        return table;
    }

    private static void Actor(CsvTable table, EntityKey? key) =>
        table.Field(key is null ? null : key.Value.Kind == ContentKind.Person ? "person" : "organization").Field(key?.Id);

    private static void Source(CsvTable table, Source? source) =>
        table.Field(source?.Title).Field(source?.Publisher).Field(source?.Url).Field(source?.Date);
}
