using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefings.Tests.Support;
using CsvHelper;
using CsvHelper.Configuration;

namespace Briefings.Tests.Outputs;

/// <summary>
/// The CSV data files, read back with CsvHelper (a reader independent of the writer): they hold what the JSON holds,
/// and a cell with a quote, a line break or a leading '=' comes back as text, never as a formula.
/// </summary>
public sealed class CsvDataTests
{
    private static List<Dictionary<string, string>> ReadCsv(BuiltSite site, string path)
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, path));
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{path} starts without a UTF-8 byte-order mark");
        using var reader = new StringReader(Encoding.UTF8.GetString(bytes.AsSpan(Encoding.UTF8.Preamble.Length)));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }

    private static JsonElement Json(BuiltSite site, string path, string list) =>
        JsonDocument.Parse(site.Read(path)).RootElement.GetProperty(list);

    [Fact]
    public void Commitments_csv_gives_each_commitment_of_the_json_with_its_status_and_entries()
    {
        var site = SampleSite.Built;
        var rows = ReadCsv(site, "api/commitments.csv");
        var json = Json(site, "api/commitments.json", "commitments").EnumerateArray().ToList();

        Assert.Equal(json.Count, rows.Count);
        foreach (var (row, commitment) in rows.Zip(json))
        {
            Assert.Equal(commitment.GetProperty("id").GetString(), row["id"]);
            Assert.Equal(commitment.GetProperty("url").GetString(), row["url"]);
            Assert.Equal(commitment.GetProperty("title").GetString(), row["title"]);
            Assert.Equal(commitment.GetProperty("by").GetProperty("id").GetString(), row["by"]);
            Assert.Equal(commitment.GetProperty("status").GetString(), row["status"]);
            Assert.Equal(commitment.GetProperty("status_since").GetString(), row["status_since"]);
            Assert.Equal(string.Join("; ", commitment.GetProperty("conditions").EnumerateArray().Select(c => c.GetString())), row["conditions"]);
            var timeline = commitment.GetProperty("timeline").EnumerateArray().ToList();
            Assert.Equal(timeline.Count.ToString(CultureInfo.InvariantCulture), row["entries"]);
            Assert.Equal(timeline[0].GetProperty("date").GetString(), row["first_date"]);
            Assert.Equal(timeline[^1].GetProperty("date").GetString(), row["last_date"]);
        }
    }

    [Fact]
    public void Status_entries_csv_gives_every_timeline_entry_with_the_status_before_it_and_its_source()
    {
        var site = SampleSite.Built;
        var rows = ReadCsv(site, "api/status-entries.csv");
        var briefs = Json(site, "api/briefs.json", "briefs").EnumerateArray().ToDictionary(b => b.GetProperty("slug").GetString()!);
        var expected = Json(site, "api/commitments.json", "commitments").EnumerateArray()
            .SelectMany(c => c.GetProperty("timeline").EnumerateArray().Select((e, i) => (Commitment: c, Entry: e, Index: i)))
            .ToList();

        // A row per entry and unit: an entry in two units has two rows, numbered alike.
        rows = rows.DistinctBy(r => (r["commitment"], r["entry"])).ToList();
        Assert.Equal(expected.Count, rows.Count);
        Assert.True(rows.Count > 5);
        foreach (var (row, (commitment, entry, index)) in rows.Zip(expected))
        {
            Assert.Equal(commitment.GetProperty("id").GetString(), row["commitment"]);
            Assert.Equal(entry.GetProperty("date").GetString(), row["date"]);
            Assert.Equal(entry.GetProperty("status").GetString(), row["status"]);
            Assert.Equal(entry.GetProperty("brief").GetString(), row["brief"]);
            Assert.Equal(entry.GetProperty("note").GetString() ?? "", row["note"].TrimStart('\''));
            var previous = index == 0 ? "" : commitment.GetProperty("timeline")[index - 1].GetProperty("status").GetString();
            Assert.Equal(previous, row["previous_status"]);
            Assert.Equal(index == 0 ? "first" : previous == row["status"] ? "restated" : "changed", row["change"]);
            var source = briefs[row["brief"]].GetProperty("source");
            Assert.Equal(source.GetProperty("url").GetString(), row["source_url"]);
            Assert.Equal(source.GetProperty("title").GetString(), row["source_title"]);
        }
    }

    [Fact]
    public void Quotes_csv_gives_every_quote_of_every_brief_in_order()
    {
        var site = SampleSite.Built;
        var rows = ReadCsv(site, "api/quotes.csv");
        var expected = Json(site, "api/briefs.json", "briefs").EnumerateArray()
            .SelectMany(b => b.GetProperty("quotes").EnumerateArray().Select((q, i) => (Brief: b, Quote: q, Number: i + 1)))
            .ToList();

        Assert.Equal(expected.Count, rows.Count);
        foreach (var (row, (brief, quote, number)) in rows.Zip(expected))
        {
            Assert.Equal(brief.GetProperty("slug").GetString(), row["brief"]);
            Assert.Equal(number.ToString(CultureInfo.InvariantCulture), row["quote"]);
            Assert.Equal(quote.GetProperty("by").GetString(), row["person"]);
            Assert.Equal(quote.GetProperty("text").GetString(), row["text"]);
        }
    }

    [Fact]
    public void A_cell_with_quotes_a_line_break_a_comma_and_a_leading_formula_comes_back_as_the_text_with_an_apostrophe_before_it()
    {
        const string note = "=HYPERLINK(\"https://evil.example/\", \"click\"),\nthen \"more\"";
        using var site = TestSite.Create(Sites.Person + "\n" + Sites.Countries + """
            -- content/briefs/2025-12-10-first.md --
            ---
            title: "+1 for \"quotes\", and commas"
            date: 2025-12-10
            speakers: [keir-starmer]
            source: { title: "@handle said", url: "https://example.org/a" }
            quotes:
              - { by: keir-starmer, text: "-5 degrees, he said" }
            commitments:
              - id: troops
                by: united-kingdom
                text: "Send troops"
                status: offered
                note: "=HYPERLINK(\"https://evil.example/\", \"click\"),\nthen \"more\""
            ---
            Body.
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var entry = Assert.Single(ReadCsv(built, "api/status-entries.csv"));
        var quote = Assert.Single(ReadCsv(built, "api/quotes.csv"));

        Assert.Equal("'" + note, entry["note"]);
        Assert.Equal("'@handle said", entry["source_title"]);
        Assert.Equal("'-5 degrees, he said", quote["text"]);
        Assert.Equal("troops", entry["commitment"]);
        // RFC 4180: records end in CRLF; the line break inside the quoted note stays as written.
        var text = built.Read("api/status-entries.csv");
        Assert.Contains("\"'=HYPERLINK(\"\"https://evil.example/\"\", \"\"click\"\"),\nthen \"\"more\"\"\"", text);
        Assert.EndsWith("\r\n", text);
    }

    [Fact]
    public void Every_column_is_documented_in_data_md()
    {
        var docs = File.ReadAllText(Path.Combine(SampleSite.Root, "docs", "data.md"));
        foreach (var file in new[] { "commitments.csv", "status-entries.csv", "quotes.csv", "figures.csv" })
        {
            var header = SampleSite.Built.Read("api/" + file).TrimStart('\uFEFF').Split("\r\n")[0];
            Assert.Contains($"`api/{file}` columns: `{header.Replace(",", "`, `")}`", docs);
        }
    }

    [Fact]
    public void Status_entries_csv_rebuilds_the_pledged_delivered_and_share_of_figures_csv_and_the_json()
    {
        var site = SampleSite.Built;
        AssertRebuilds(site, expectAmounts: 2);
    }

    [Fact]
    public void An_entry_in_two_units_has_a_row_for_each_and_the_figures_rebuild_from_them()
    {
        using var site = TestSite.Create(Sites.Person + "\n" + Sites.Countries + """
            -- content/briefs/2025-12-10-first.md --
            ---
            title: "First"
            date: 2025-12-10
            speakers: [keir-starmer]
            commitments:
              - id: aid
                by: united-kingdom
                text: "Send aid"
                status: pledged
                amount:
                  - { value: 3, scale: billion, unit: GBP }
                  - { value: 5000, unit: troops }
            ---
            Body.
            -- content/briefs/2025-12-20-second.md --
            ---
            title: "Second"
            date: 2025-12-20
            speakers: [keir-starmer]
            commitments:
              - id: aid
                by: united-kingdom
                status: in-progress
                delivered:
                  - { value: 1.5, scale: billion, unit: GBP, value_date: 2025-12-18 }
                  - { value: 2000, unit: troops }
            ---
            Body.
            """);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        var rows = ReadCsv(built, "api/status-entries.csv");
        Assert.Equal(["GBP", "troops", "GBP", "troops"], rows.Select(r => r["unit"]));
        Assert.Equal(["1", "1", "2", "2"], rows.Select(r => r["entry"]));
        Assert.Equal("3", rows[0]["amount_written"]);
        Assert.Equal("billion", rows[0]["amount_scale"]);
        Assert.Equal("2025-12-18", rows[2]["delivered_value_date"]);
        AssertRebuilds(built, expectAmounts: 2);
    }

    /// <summary>
    /// Pledged is the amount of the latest entry at pledged or later in the unit, offered the latest before it, delivered
    /// the sum of the deliveries, share delivered ÷ pledged: worked out from status-entries.csv alone, they are the
    /// commitments' figures in figures.csv and in commitments.json, and an actor's own totals in figures.csv.
    /// </summary>
    private static void AssertRebuilds(BuiltSite site, int expectAmounts)
    {
        string[] pledgedOrLater = ["pledged", "in-progress", "delivered", "withdrawn", "broken"];
        var rebuilt = new Dictionary<(string Commitment, string Unit), (decimal? Offered, decimal? Pledged, decimal? Delivered)>();
        var by = new Dictionary<string, string>();
        foreach (var row in ReadCsv(site, "api/status-entries.csv").Where(r => r["unit"] != ""))
        {
            by[row["commitment"]] = row["by"];
            var key = (row["commitment"], row["unit"]);
            var (offered, pledged, delivered) = rebuilt.GetValueOrDefault(key);
            if (row["amount"] != "")
            {
                var amount = decimal.Parse(row["amount"], CultureInfo.InvariantCulture);
                Assert.Equal(amount, decimal.Parse(row["amount_written"], CultureInfo.InvariantCulture) * Factor(row["amount_scale"]));
                if (pledgedOrLater.Contains(row["status"]))
                {
                    pledged = amount;
                }
                else
                {
                    offered = amount;
                }
            }

            if (row["delivered"] != "")
            {
                delivered = (delivered ?? 0m) + decimal.Parse(row["delivered"], CultureInfo.InvariantCulture);
            }

            rebuilt[key] = (offered, pledged, delivered);
        }

        Assert.True(rebuilt.Count >= expectAmounts);
        var figures = ReadCsv(site, "api/figures.csv");
        var json = Json(site, "api/commitments.json", "commitments").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        foreach (var ((commitment, unit), (offered, pledged, delivered)) in rebuilt)
        {
            var share = pledged is > 0 ? Math.Round((delivered ?? 0m) / pledged.Value, 6, MidpointRounding.AwayFromZero) : (decimal?)null;
            var rows = figures.Where(f => f["subject_kind"] == "commitment" && f["subject"] == commitment && f["unit"] == unit)
                .ToDictionary(f => f["figure"], f => Number(f["value"]));
            Assert.Equal(offered, rows["offered"]);
            Assert.Equal(pledged, rows["pledged"]);
            Assert.Equal(delivered, rows["delivered"]);
            Assert.Equal(share, rows["share"]);
            var amounts = json[commitment].GetProperty("amounts").EnumerateArray().Single(a => a.GetProperty("unit").GetString() == unit);
            Assert.Equal(pledged, JsonNumber(amounts.GetProperty("pledged")));
            Assert.Equal(delivered, JsonNumber(amounts.GetProperty("delivered")));
            Assert.Equal(share, JsonNumber(amounts.GetProperty("share")));
        }

        foreach (var actor in by.Values.Distinct())
        {
            foreach (var unit in rebuilt.Keys.Where(k => by[k.Commitment] == actor).Select(k => k.Unit).Distinct())
            {
                var own = rebuilt.Where(r => by[r.Key.Commitment] == actor && r.Key.Unit == unit).Select(r => r.Value).ToList();
                var rows = figures.Where(f => f["subject"] == actor && f["group"] == "own" && f["unit"] == unit)
                    .ToDictionary(f => f["figure"], f => Number(f["value"]));
                Assert.Equal(own.Any(o => o.Pledged is not null) ? own.Sum(o => o.Pledged ?? 0m) : null, rows["pledged"]);
                Assert.Equal(own.Any(o => o.Delivered is not null) ? own.Sum(o => o.Delivered ?? 0m) : null, rows["delivered"]);
            }
        }
    }

    private static decimal Factor(string scale) => scale switch
    {
        "thousand" => 1_000m,
        "million" => 1_000_000m,
        "billion" => 1_000_000_000m,
        _ => 1m,
    };

    private static decimal? Number(string cell) => cell == "" ? null : decimal.Parse(cell, CultureInfo.InvariantCulture);

    private static decimal? JsonNumber(JsonElement element) => element.ValueKind == JsonValueKind.Null ? null : element.GetDecimal();
}
