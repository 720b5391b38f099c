using Briefings.Content;
using Briefings.Graph;
using Briefings.Tests.Support;

namespace Briefings.Tests;

public sealed class GraphTests
{
    [Fact]
    public void Sample_site_checks_clean()
    {
        Assert.Empty(SampleSite.Analyze().Diagnostics);
    }

    [Fact]
    public void A_persons_quotes_are_theirs_from_every_brief_newest_brief_first_then_as_written()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/tom-reeve.md --\n---\nname: Tom Reeve\n---\n" + """
            -- content/briefs/2025-12-01-older.md --
            ---
            title: older
            date: 2025-12-01
            quotes:
              - { by: keir-starmer, text: first }
              - { by: tom-reeve, text: not his }
              - { by: keir-starmer, text: second }
            ---
            -- content/briefs/2025-12-09-newer.md --
            ---
            title: newer
            date: 2025-12-09
            quotes: [{ by: keir-starmer, text: third }]
            ---
            """);
        var starmer = site.AnalyzeClean().Graph!.PeopleById["keir-starmer"];

        Assert.Equal([("newer", "third", 0), ("older", "first", 0), ("older", "second", 2)],
            starmer.Quotes.Select(q => (q.Brief.Brief.Slug, q.Quote.Text, q.Index)));
        Assert.All(starmer.Quotes, q => Assert.Same(starmer, q.Person));
    }

    [Fact]
    public void Commitment_timeline_runs_by_date_across_briefs_and_ends_in_the_current_status()
    {
        // Written out of date order, with the maker an organization and the recipient a person.
        using var site = TestSite.Create(Sites.Person + "\n" + Mentions("by: uk-government, to: keir-starmer",
            ("2025-12-20-late", "pledged"), ("2025-12-01-early", "proposed"), ("2025-12-10-middle", "offered")));
        var commitment = site.AnalyzeClean().Graph!.CommitmentsById["c"];

        Assert.Equal(
            [
                (new DateOnly(2025, 12, 1), "early", CommitmentStatus.Proposed),
                (new DateOnly(2025, 12, 10), "middle", CommitmentStatus.Offered),
                (new DateOnly(2025, 12, 20), "late", CommitmentStatus.Pledged),
            ],
            commitment.Timeline.Select(e => (e.Date, e.Brief.Brief.Slug, e.Status)));
        Assert.Equal(CommitmentStatus.Pledged, commitment.CurrentStatus);
        Assert.Equal(new EntityKey(ContentKind.Organization, "uk-government"), commitment.By);
        Assert.Equal(new EntityKey(ContentKind.Person, "keir-starmer"), commitment.To);
    }

    [Fact]
    public void Commitment_entries_of_one_day_are_ordered_by_brief_slug_and_the_last_sets_the_status()
    {
        // Written out of order: the loader's order must not decide.
        using var site = TestSite.Create(Sites.Person + "\n" + Mentions("by: uk-government",
            ("2025-12-15-b", "pledged"), ("2025-12-15-a", "offered"), ("2025-12-15-c", "delivered")));
        var node = site.AnalyzeClean().Graph!.CommitmentsById["c"];
        Assert.Equal(["a", "b", "c"], node.Timeline.Select(e => e.Brief.Brief.Slug));
        Assert.Equal(CommitmentStatus.Delivered, node.CurrentStatus);
    }

    [Fact]
    public void An_organization_lists_its_children_by_name_and_its_people()
    {
        using var site = TestSite.Create(Sites.Person + """

            -- content/organizations/mi6.md --
            ---
            name: MI6
            parent: uk-government
            ---
            -- content/organizations/fcdo.md --
            ---
            name: Foreign Office
            parent: uk-government
            ---
            -- content/people/blaise-metreweli.md --
            ---
            name: Blaise Metreweli
            organization: mi6
            ---
            """);
        var graph = site.AnalyzeClean().Graph!;
        var government = graph.OrganizationsById["uk-government"];
        var mi6 = graph.OrganizationsById["mi6"];

        Assert.Null(government.Parent);
        Assert.Same(government, mi6.Parent);
        Assert.Equal(["fcdo", "mi6"], government.Children.Select(o => o.Organization.Id));
        Assert.Empty(mi6.Children);
        Assert.Equal(["blaise-metreweli"], mi6.People.Select(p => p.Person.Id));
        Assert.Equal(["keir-starmer"], government.People.Select(p => p.Person.Id));
    }

    [Fact]
    public void Backlink_comes_from_a_wikilink_alone()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15", "About [[people/keir-starmer|the PM]]."));
        var graph = site.AnalyzeClean().Graph!;
        var person = graph.PeopleById["keir-starmer"];
        Assert.Equal([person.Key], graph.BriefsBySlug["x"].Body.Links);
        Assert.Equal(["x"], person.MentionedIn.Select(b => b.Brief.Slug));
        Assert.Empty(person.SpokenIn);
        Assert.Contains("href=\"../../people/keir-starmer/index.html\"", graph.BriefsBySlug["x"].Body.Html);
    }

    [Fact]
    public void Name_mentions_make_backlinks_and_the_first_becomes_a_link()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15", "Starmer spoke. Later Starmer left. `Starmer` in code."));
        var graph = site.AnalyzeClean().Graph!;
        Assert.Contains(graph.BriefsBySlug["x"], graph.PeopleById["keir-starmer"].MentionedIn);
        var html = graph.BriefsBySlug["x"].Body.Html;
        Assert.Equal(1, CountOf(html, "<a href=\"../../people/keir-starmer/index.html\">Starmer</a>"));
        Assert.Contains("<code>Starmer</code>", html);
    }

    [Fact]
    public void Autolink_can_be_turned_off()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15", "Starmer spoke.") + "-- site.config.yml --\ntitle: t\nautolink: { people: false }\n");
        var graph = site.AnalyzeClean().Graph!;
        Assert.DoesNotContain("<a ", graph.BriefsBySlug["x"].Body.Html);
        Assert.Contains(graph.BriefsBySlug["x"], graph.PeopleById["keir-starmer"].MentionedIn);
    }

    [Fact]
    public void People_appear_with_those_they_share_briefs_with_most_shared_first()
    {
        var people = string.Concat(new[] { "a", "b", "c", "d" }.Select(id => $"-- content/people/{id}.md --\n---\nname: Person {id.ToUpperInvariant()}\n---\n"));
        var briefs = new[] { ("2025-01-01-one", "a, c"), ("2025-01-02-two", "a, b, c"), ("2025-01-03-three", "a, b"), ("2025-01-04-four", "d") }.Select(b =>
            $"-- content/briefs/{b.Item1}.md --\n---\ntitle: {b.Item1}\ndate: {b.Item1[..10]}\nspeakers: [{b.Item2}]\n---\n");
        using var site = TestSite.Create(Sites.Person + "\n" + people + string.Concat(briefs));
        var graph = site.AnalyzeClean().Graph!;

        // b and c share two briefs each with a, so the name decides; b and c share one.
        Assert.Equal([("b", 2), ("c", 2)], graph.PeopleById["a"].AppearsWith.Select(c => (c.Person.Person.Id, c.Count)));
        Assert.Equal([("a", 2), ("c", 1)], graph.PeopleById["b"].AppearsWith.Select(c => (c.Person.Person.Id, c.Count)));
        Assert.Empty(graph.PeopleById["d"].AppearsWith);
    }

    [Fact]
    public void Previous_and_next_step_through_the_archive_newest_first_then_by_slug()
    {
        var briefs = new[] { "2025-01-02-b", "2025-01-01-z", "2025-01-02-a" }.Select(name =>
            $"-- content/briefs/{name}.md --\n---\ntitle: {name}\ndate: {name[..10]}\n---\n");
        using var site = TestSite.Create(Sites.Person + "\n" + string.Concat(briefs));
        var graph = site.AnalyzeClean().Graph!;

        Assert.Equal(["a", "b", "z"], graph.Briefs.Select(b => b.Brief.Slug));
        Assert.Equal([(null, "b"), ("a", "z"), ("b", null)], graph.Briefs.Select(b => (b.Next?.Brief.Slug, b.Previous?.Brief.Slug)));
    }

    [Fact]
    public void Related_briefs_rank_shared_people_over_shared_topics()
    {
        using var site = TestSite.Create(Sites.Person + """

            -- content/people/a.md --
            ---
            name: Aaa Person
            ---
            -- content/briefs/2025-01-01-base.md --
            ---
            title: base
            date: 2025-01-01
            speakers: [a]
            topics: [t1]
            ---
            -- content/briefs/2025-01-02-same-topic.md --
            ---
            title: same topic
            date: 2025-01-02
            topics: [t1]
            ---
            -- content/briefs/2025-01-03-same-person.md --
            ---
            title: same person
            date: 2025-01-03
            speakers: [a]
            ---
            -- content/briefs/2025-01-04-unrelated.md --
            ---
            title: unrelated
            date: 2025-01-04
            topics: [t2]
            ---
            """);
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal(["same-person", "same-topic"], graph.BriefsBySlug["base"].Related.Select(b => b.Brief.Slug));
    }

    [Fact]
    public void Related_briefs_are_found_among_the_briefs_nearest_in_time()
    {
        // Newest first: d, c, b, a. Only a shares a person with d; with a window of one brief each side, d's only
        // candidate is c, which shares a topic.
        var briefs = new[] { ("a", "speakers: [keir-starmer]"), ("b", "topics: [t]"), ("c", "topics: [t]"), ("d", "speakers: [keir-starmer]\ntopics: [t]") };
        using var site = TestSite.Create(Sites.Person + "\n" + string.Concat(briefs.Select((b, i) =>
            $"-- content/briefs/2025-01-0{i + 1}-{b.Item1}.md --\n---\ntitle: {b.Item1}\ndate: 2025-01-0{i + 1}\n{b.Item2}\n---\n")));
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal(["a", "c", "b"], graph.BriefsBySlug["d"].Related.Select(b => b.Brief.Slug));

        RelatedBriefs.Fill(graph.Briefs, window: 1);

        Assert.Equal(["c"], graph.BriefsBySlug["d"].Related.Select(b => b.Brief.Slug));
        Assert.Equal(["d", "b"], graph.BriefsBySlug["c"].Related.Select(b => b.Brief.Slug));
        Assert.Empty(graph.BriefsBySlug["a"].Related);
    }

    /// <summary>
    /// serve ranks a few briefs' related briefs again from people's and topics' lists of briefs; a full build ranks every
    /// brief from postings of its own. Both must agree, within the window and at its edges.
    /// </summary>
    [Theory]
    [InlineData(RelatedBriefs.Window)]
    [InlineData(7)]
    public void Related_briefs_ranked_again_for_some_briefs_are_those_a_full_ranking_gives(int window)
    {
        using var site = TestSite.Create(GeneratedSite.Files(400, seed: 5));
        var briefs = site.AnalyzeClean().Graph!.Briefs;
        RelatedBriefs.Fill(briefs, window);
        var full = briefs.Select(b => b.Related).ToList();
        foreach (var brief in briefs)
        {
            brief.Related = [];
        }

        var changed = RelatedBriefs.Refresh(briefs, briefs, window);

        Assert.Equal(full, briefs.Select(b => b.Related));
        Assert.Equal(briefs.Where((_, i) => full[i].Count > 0), changed);
        Assert.Empty(RelatedBriefs.Refresh(briefs, briefs, window));
    }

    [Fact]
    public void A_quoted_person_not_listed_as_a_speaker_counts_as_one()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/tom-reeve.md --\n---\nname: Tom Reeve\n---\n" +
            Sites.BriefFile("title: x\ndate: 2025-12-15\nspeakers: [keir-starmer]\nquotes:\n  - by: tom-reeve\n    text: t\n  - by: keir-starmer\n    text: u"));
        var graph = site.AnalyzeClean().Graph!;
        var brief = graph.BriefsBySlug["x"];

        Assert.Equal(["keir-starmer", "tom-reeve"], brief.Speakers.Select(p => p.Person.Id));
        Assert.Equal(["x"], graph.PeopleById["tom-reeve"].SpokenIn.Select(b => b.Brief.Slug));
    }

    [Fact]
    public void Topic_without_a_file_gets_a_title_from_its_id()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\ntopics: [peace-talks]"));
        var topic = site.AnalyzeClean().Graph!.TopicsById["peace-talks"];
        Assert.Equal("Peace talks", topic.Title);
        Assert.Single(topic.Briefs);
    }

    [Fact]
    public void Organization_commitments_include_its_people()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\ncommitments:\n  - id: c\n    by: keir-starmer\n    text: t\n    status: pledged"));
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal(["c"], graph.OrganizationsById["uk-government"].Commitments.Select(c => c.Id));
        Assert.Equal(["c"], graph.PeopleById["keir-starmer"].Commitments.Select(c => c.Id));
    }

    [Fact]
    public void Drafts_are_skipped_unless_asked_for()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15\ndraft: true"));
        Assert.Empty(site.Analyze().Graph!.Briefs);
        Assert.Single(site.Analyze(drafts: true).Graph!.Briefs);
    }

    [Fact]
    public void Unicode_ids_are_accepted()
    {
        using var site = TestSite.Create(Sites.Person + "\n-- content/people/володимир-зеленський.md --\n---\nname: Володимир Зеленський\n---\n" +
            "-- content/briefs/2025-12-15-x.md --\n---\ntitle: x\ndate: 2025-12-15\nspeakers: [володимир-зеленський]\n---\n");
        var graph = site.AnalyzeClean().Graph!;
        Assert.Equal("people/%D0%B2%D0%BE%D0%BB%D0%BE%D0%B4%D0%B8%D0%BC%D0%B8%D1%80-%D0%B7%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9/",
            graph.PeopleById["володимир-зеленський"].Key.Url);
    }

    /// <summary>One brief per (file name, status), each mentioning commitment 'c' with the given actors.</summary>
    private static string Mentions(string actors, params (string File, string Status)[] briefs) =>
        string.Concat(briefs.Select(b => $"-- content/briefs/{b.File}.md --\n---\ntitle: {b.File}\ndate: {b.File[..10]}\n" +
            $"commitments: [{{ id: c, {actors}, text: t, status: {b.Status} }}]\n---\n"));

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "").Length) / part.Length;
}
