using Briefings.Content;
using Briefings.Graph;
using Briefings.Tests.Support;

namespace Briefings.Tests;

public sealed class GraphTests
{
    private static ContentGraph Sample => SampleSite.Analyze().Graph!;

    [Fact]
    public void Sample_site_checks_clean()
    {
        Assert.Empty(SampleSite.Analyze().Diagnostics);
    }

    [Fact]
    public void Person_quote_count_matches_the_quotes_written_in_the_briefs()
    {
        // An oracle independent of the loader: quote entries are the list items that start with "by:".
        var written = Directory.GetFiles(Path.Combine(SampleSite.Root, "content", "briefs"))
            .SelectMany(File.ReadLines)
            .Count(line => line.Trim() == "- by: keir-starmer");

        var starmer = Sample.PeopleById["keir-starmer"];
        Assert.Equal(written, starmer.Quotes.Count);
        Assert.True(starmer.Quotes.Count >= 3);
        Assert.All(starmer.Quotes, q => Assert.Equal("keir-starmer", q.Quote.By.Id));
    }

    [Fact]
    public void Commitment_timeline_spans_briefs_in_date_order_and_ends_in_the_current_status()
    {
        var commitment = Sample.CommitmentsById["coalition-security-guarantees"];
        var entries = commitment.Timeline.Select(e => (e.Date, e.Brief.Brief.Slug, e.Status)).ToList();

        Assert.Equal(
            [
                (new DateOnly(2025, 12, 8), "downing-street-show-of-support", CommitmentStatus.Proposed),
                (new DateOnly(2025, 12, 14), "zelenskyy-offers-to-drop-nato-bid", CommitmentStatus.Offered),
                (new DateOnly(2025, 12, 15), "starmer-peace-deal-needs-robust-guarantees", CommitmentStatus.Offered),
            ],
            entries);
        Assert.Equal(CommitmentStatus.Offered, commitment.CurrentStatus);
        Assert.Equal(new EntityKey(ContentKind.Organization, "coalition-of-the-willing"), commitment.By);
        Assert.Equal(new EntityKey(ContentKind.Organization, "ukraine"), commitment.To);
    }

    [Fact]
    public void Commitment_entries_of_one_day_are_ordered_by_brief_slug_and_the_last_sets_the_status()
    {
        // Written out of order: the loader's order must not decide.
        var briefs = new[] { ("b", "pledged"), ("a", "offered"), ("c", "delivered") }.Select(b =>
            $"-- content/briefs/2025-12-15-{b.Item1}.md --\n---\ntitle: {b.Item1}\ndate: 2025-12-15\n" +
            $"commitments: [{{ id: c, by: uk-government, text: t, status: {b.Item2} }}]\n---\n");
        using var site = TestSite.Create(Sites.Person + "\n" + string.Concat(briefs));
        var node = site.AnalyzeClean().Graph!.CommitmentsById["c"];
        Assert.Equal(["a", "b", "c"], node.Timeline.Select(e => e.Brief.Brief.Slug));
        Assert.Equal(CommitmentStatus.Delivered, node.CurrentStatus);
    }

    [Fact]
    public void Every_sample_commitment_is_recorded_in_more_than_one_brief()
    {
        Assert.True(Sample.Commitments.Count >= 4);
        Assert.All(Sample.Commitments, c => Assert.True(c.Timeline.Select(e => e.Brief).Distinct().Count() > 1, c.Id));
    }

    [Fact]
    public void Mi6_parent_is_the_uk_government_and_lists_it_as_a_child()
    {
        var mi6 = Sample.OrganizationsById["mi6"];
        Assert.Equal("uk-government", mi6.Parent?.Organization.Id);
        Assert.Contains(mi6, mi6.Parent!.Children);
        Assert.Contains(Sample.PeopleById["blaise-metreweli"], mi6.People);
    }

    [Fact]
    public void Wikilink_to_a_person_makes_a_backlink_on_the_sample_site()
    {
        var brief = Sample.BriefsBySlug["europe-responds-to-us-security-strategy"];
        var trump = Sample.PeopleById["donald-trump"];
        Assert.Contains(trump.Key, brief.Body.Links);
        Assert.Contains(brief, trump.MentionedIn);
        Assert.DoesNotContain(brief, trump.SpokenIn);
    }

    [Fact]
    public void Backlink_comes_from_a_wikilink_alone()
    {
        using var site = TestSite.Create(Sites.WithBrief("title: x\ndate: 2025-12-15", "About [[people/keir-starmer|the PM]]."));
        var graph = site.AnalyzeClean().Graph!;
        var person = graph.PeopleById["keir-starmer"];
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
    public void People_appear_with_those_they_share_briefs_with()
    {
        var zelenskyy = Sample.PeopleById["volodymyr-zelenskyy"];
        Assert.Contains(zelenskyy.AppearsWith, c => c.Person.Person.Id == "keir-starmer");
        Assert.DoesNotContain(zelenskyy.AppearsWith, c => c.Person == zelenskyy);
    }

    [Fact]
    public void Previous_and_next_follow_date_then_slug()
    {
        var chronological = Sample.Briefs.Reverse().ToList();
        for (var i = 0; i < chronological.Count; i++)
        {
            Assert.Equal(i > 0 ? chronological[i - 1] : null, chronological[i].Previous);
            Assert.Equal(i + 1 < chronological.Count ? chronological[i + 1] : null, chronological[i].Next);
        }

        Assert.Equal("downing-street-show-of-support", chronological[0].Brief.Slug);
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

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, "").Length) / part.Length;
}
