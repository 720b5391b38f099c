using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// Issue 19: what the pages say of a commitment's history. Its status dates from the first entry of the last run of
/// that status; conditions and notes belong to the entry that records them; a brief's card shows the change it made
/// and, when a later brief changed it again, where it stands now.
/// </summary>
public sealed class CommitmentHistoryTests
{
    private const string Actors = Sites.Countries;

    /// <summary>One entry of commitment "c" per brief, a day apart from 1 January 2026, in the order given.</summary>
    private static string History(params string[] entries)
    {
        var files = new StringBuilder(Actors);
        for (var i = 0; i < entries.Length; i++)
        {
            var day = $"2026-01-{i + 1:00}";
            files.Append($"-- content/briefs/{day}-b{i + 1}.md --\n---\ntitle: Brief {i + 1}\ndate: {day}\ncommitments:\n  - id: c\n    by: united-kingdom\n");
            if (i == 0)
            {
                files.Append("    to: ukraine\n    text: Commit troops\n");
            }

            files.Append($"    {entries[i]}\n---\nBody.\n\n");
        }

        return files.ToString();
    }

    private static string Day(int entry) => $"2026-01-{entry + 1:00}";

    [Theory]
    [InlineData("pledged", 0)]
    [InlineData("pledged pledged", 0)]
    [InlineData("offered pledged pledged", 1)]
    [InlineData("pledged broken pledged", 2)]
    [InlineData("proposed offered offered pledged", 3)]
    [InlineData("offered offered offered", 0)]
    public void The_status_dates_from_the_first_entry_of_its_last_run_on_every_page_and_in_the_api(string statuses, int since)
    {
        using var site = TestSite.Create(History(statuses.Split(' ').Select(s => $"status: {s}").ToArray()));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Equal(since, built.Result.Graph!.CommitmentsById["c"].StatusSince.Index);

        Assert.Equal(Day(since), built.Parse("commitments/c/index.html").QuerySelector(".facts .since time")?.GetAttribute("datetime"));
        Assert.Equal(Day(since), built.Parse("commitments/index.html").QuerySelector(".commitment-row time")?.GetAttribute("datetime"));
        Assert.Equal(Day(since), built.Parse("index.html").QuerySelector(".commitment-row time")?.GetAttribute("datetime"));
        using var api = JsonDocument.Parse(built.Read("api/commitments.json"));
        Assert.Equal(Day(since), api.RootElement.GetProperty("commitments")[0].GetProperty("status_since").GetString());
    }

    [Fact]
    public void Entries_of_one_day_count_in_timeline_order()
    {
        // Same date, so the timeline orders by slug: "a-…" (offered) before "b-…" (pledged), then pledged again.
        using var site = TestSite.Create(Actors + """
            -- content/briefs/2026-01-05-b-pledge.md --
            ---
            title: Pledge
            date: 2026-01-05
            commitments: [{ id: c, by: united-kingdom, status: pledged }]
            ---
            -- content/briefs/2026-01-05-a-offer.md --
            ---
            title: Offer
            date: 2026-01-05
            commitments: [{ id: c, by: united-kingdom, text: Commit troops, status: offered }]
            ---
            -- content/briefs/2026-01-09-restate.md --
            ---
            title: Restate
            date: 2026-01-09
            commitments: [{ id: c, by: united-kingdom, status: pledged }]
            ---
            """);
        var commitment = site.AnalyzeClean().Graph!.CommitmentsById["c"];
        Assert.Equal("b-pledge", commitment.StatusSince.Brief.Brief.Slug);
    }

    [Fact]
    public void Conditions_and_notes_belong_to_the_entry_that_records_them()
    {
        using var site = TestSite.Create(History(
            "status: offered\n    conditions: [\"US logistical support\"]\n    note: \"Only with US help.\"",
            "status: withdrawn\n    note: \"Offer taken back.\""));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        var page = built.Parse("commitments/c/index.html");

        Assert.DoesNotContain(page.QuerySelectorAll(".facts dt"), dt => dt.TextContent == "Conditions");
        Assert.DoesNotContain("US logistical support", page.QuerySelector(".facts")!.TextContent);
        var entries = page.QuerySelectorAll(".timeline-entry");
        Assert.Equal("Conditions: US logistical support", entries[0].QuerySelector(".conditions")?.TextContent);
        Assert.Equal("Only with US help.", entries[0].QuerySelector(".note")?.TextContent);
        Assert.Null(entries[1].QuerySelector(".conditions"));
        Assert.Equal("Offer taken back.", entries[1].QuerySelector(".note")?.TextContent);

        using var api = JsonDocument.Parse(built.Read("api/commitments.json"));
        var commitment = api.RootElement.GetProperty("commitments")[0];
        // docs/data.md defines "conditions" as the most recently stated, which the timeline places with their status.
        Assert.Equal(["US logistical support"], Strings(commitment.GetProperty("conditions")));
        var timeline = commitment.GetProperty("timeline");
        Assert.Equal(["US logistical support"], Strings(timeline[0].GetProperty("conditions")));
        Assert.Equal("Only with US help.", timeline[0].GetProperty("note").GetString());
        Assert.Empty(Strings(timeline[1].GetProperty("conditions")));
        Assert.Equal("Offer taken back.", timeline[1].GetProperty("note").GetString());
    }

    [Fact]
    public void The_page_shows_the_current_entrys_conditions()
    {
        using var site = TestSite.Create(History(
            "status: offered\n    conditions: [\"US logistical support\"]",
            "status: pledged\n    conditions: [\"A vote in parliament\", \"A ceasefire\"]"));
        var page = BuiltSite.From(site.ConfigPath, site.OutputPath).Parse("commitments/c/index.html");
        Assert.Equal(["A vote in parliament", "A ceasefire"], page.QuerySelectorAll(".facts .plain-list li").Select(li => li.TextContent));
    }

    [Fact]
    public void A_card_shows_the_change_its_brief_made_and_where_the_commitment_stands_now()
    {
        using var site = TestSite.Create(History("status: pledged", "status: pledged", "status: broken"));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        Assert.Equal("Pledged first recorded", Card(built.Parse("briefs/b1/index.html")).Change);
        Assert.Equal("Now Broken since 3 January 2026", Card(built.Parse("briefs/b1/index.html")).Now);
        Assert.Equal("Pledged restated", Card(built.Parse("briefs/b2/index.html")).Change);
        Assert.Equal("Pledged → changed to Broken", Card(built.Parse("briefs/b3/index.html")).Change);
        Assert.Null(Card(built.Parse("briefs/b3/index.html")).Now);
    }

    [Fact]
    public void A_restatement_in_the_current_run_needs_no_now_line_but_one_before_a_change_does()
    {
        using var site = TestSite.Create(History("status: pledged", "status: broken", "status: pledged", "status: pledged"));
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);
        Assert.Equal("Now Pledged since 3 January 2026", Card(built.Parse("briefs/b1/index.html")).Now);
        Assert.Equal("Now Pledged since 3 January 2026", Card(built.Parse("briefs/b2/index.html")).Now);
        Assert.Null(Card(built.Parse("briefs/b3/index.html")).Now);
        Assert.Null(Card(built.Parse("briefs/b4/index.html")).Now);
    }

    /// <summary>
    /// Every card of every brief of the sample site and of a long varied history, against an oracle read from
    /// api/commitments.json alone: the entry before it, and the entries after it.
    /// </summary>
    [Fact]
    public void Every_card_agrees_with_the_timeline_in_the_api()
    {
        using var site = TestSite.Create(History("status: proposed", "status: offered", "status: offered", "status: pledged", "status: in-progress",
            "status: in-progress", "status: broken", "status: pledged", "status: delivered", "status: delivered"));
        var cards = 0;
        foreach (var built in new[] { SampleSite.Built, BuiltSite.From(site.ConfigPath, site.OutputPath) })
        {
            using var api = JsonDocument.Parse(built.Read("api/commitments.json"));
            foreach (var commitment in api.RootElement.GetProperty("commitments").EnumerateArray())
            {
                var timeline = commitment.GetProperty("timeline").EnumerateArray().ToList();
                string StatusOf(int i) => timeline[i].GetProperty("status").GetString()!;
                var current = StatusOf(timeline.Count - 1);
                for (var i = 0; i < timeline.Count; i++)
                {
                    var page = built.Parse($"briefs/{timeline[i].GetProperty("brief").GetString()}/index.html");
                    var card = page.QuerySelectorAll(".entry").Single(e => e.QuerySelector(".commitment-title")!.GetAttribute("href")!.Contains($"/commitments/{commitment.GetProperty("id").GetString()}/"));
                    var badges = card.QuerySelectorAll(".entry-change .badge").Select(Slug).ToList();
                    var note = card.QuerySelector(".change-note")?.TextContent;
                    if (i == 0)
                    {
                        Assert.Equal([StatusOf(0)], badges);
                        Assert.Equal("first recorded", note);
                    }
                    else if (StatusOf(i - 1) == StatusOf(i))
                    {
                        Assert.Equal([StatusOf(i)], badges);
                        Assert.Equal("restated", note);
                    }
                    else
                    {
                        Assert.Equal([StatusOf(i - 1), StatusOf(i)], badges);
                        Assert.Null(note);
                    }

                    var changedLater = timeline.Skip(i + 1).Any(e => e.GetProperty("status").GetString() != StatusOf(i));
                    var now = card.QuerySelector(".entry-now");
                    Assert.Equal(changedLater, now is not null);
                    if (now is not null)
                    {
                        Assert.Equal(current, Slug(now.QuerySelector(".badge")!));
                        Assert.Equal(commitment.GetProperty("status_since").GetString(), now.QuerySelector("time")?.GetAttribute("datetime"));
                    }

                    cards++;
                }
            }
        }

        Assert.True(cards > 20, $"{cards} cards");
    }

    private static (string Change, string? Now) Card(IParentNode page)
    {
        var card = page.QuerySelectorAll(".entry").Single();
        return (Squash(card.QuerySelector(".entry-change")!.TextContent), card.QuerySelector(".entry-now") is { } now ? Squash(now.TextContent) : null);
    }

    private static string Squash(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string Slug(IElement badge) => badge.ClassList.Single(c => c.StartsWith("status-", StringComparison.Ordinal))["status-".Length..];

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(s => s.GetString()!).ToList();
}
