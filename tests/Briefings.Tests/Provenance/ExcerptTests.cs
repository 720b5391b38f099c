using AngleSharp.Dom;
using Briefings.Content;
using Briefings.Markdown;
using Briefings.Tests.Support;

namespace Briefings.Tests.Provenance;

/// <summary>Issue 29, part 3: the sentence a brief names someone in, under the brief on their page, the name marked.</summary>
public sealed class ExcerptTests
{
    private static MentionExcerpt? Excerpt(string body, string key = "people/keir-starmer")
    {
        using var site = TestSite.Create(Sites.WithBrief(Brief, body) + Sites.Countries + Commitment);
        var graph = site.AnalyzeClean().Graph!;
        var slash = key.IndexOf('/');
        return graph.BriefsBySlug["x"].Body.Excerpts.SingleOrDefault(e => e.Key.Kind.Folder() == key[..slash] && e.Key.Id == key[(slash + 1)..]);
    }

    private const string Brief = """
        title: "A brief"
        date: 2025-12-15
        speakers: [keir-starmer]
        commitments:
          - { id: uk-troops, by: united-kingdom, text: "Troops for Ukraine", status: offered }
        """;

    private const string Commitment = "-- content/commitments/uk-troops.md --\n---\ntitle: UK troops\n---\n";

    private static string Marked(MentionExcerpt excerpt)
    {
        var text = excerpt.Text;
        for (var i = excerpt.Marks.Length - 2; i >= 0; i -= 2)
        {
            text = text.Insert(excerpt.Marks[i] + excerpt.Marks[i + 1], "]").Insert(excerpt.Marks[i], "[");
        }

        return text;
    }

    [Fact]
    public void The_excerpt_is_the_sentence_of_the_first_mention()
    {
        var excerpt = Excerpt("The talks went on. On Monday Mr. Starmer told MPs a deal would fail! Nobody disagreed.")!;

        Assert.Equal("On Monday Mr. [Starmer] told MPs a deal would fail!", Marked(excerpt));
    }

    [Fact]
    public void Two_mentions_in_one_sentence_are_both_marked_and_a_later_sentence_is_left_out()
    {
        var excerpt = Excerpt("Keir Starmer spoke first, and Starmer spoke last. Then Starmer left.")!;

        Assert.Equal("[Keir Starmer] spoke first, and [Starmer] spoke last.", Marked(excerpt));
    }

    [Fact]
    public void A_mention_in_a_list_item_is_the_items_sentence()
    {
        var excerpt = Excerpt("Who spoke:\n\n- Emmanuel Macron, briefly.\n- Keir Starmer, at length. He took questions.\n")!;

        Assert.Equal("[Keir Starmer], at length.", Marked(excerpt));
    }

    [Fact]
    public void A_mention_in_a_table_is_its_row_with_the_cells_joined()
    {
        var excerpt = Excerpt("| Who | Pledge |\n| --- | --- |\n| Emmanuel Macron | Jets |\n| Keir Starmer | **Troops** |\n")!;

        Assert.Equal("[Keir Starmer] · Troops", Marked(excerpt));
    }

    [Fact]
    public void A_mention_in_a_block_quote_is_the_quoted_sentence()
    {
        var excerpt = Excerpt("The minister wrote:\n\n> We met *Keir Starmer* in London. It went well.\n")!;

        Assert.Equal("We met [Keir Starmer] in London.", Marked(excerpt));
    }

    [Fact]
    public void A_link_is_a_mention_too_and_marks_the_text_it_shows()
    {
        var excerpt = Excerpt("Britain renewed [[uk-troops|its offer of troops]] on Monday. More later.", "commitments/uk-troops")!;

        Assert.Equal("Britain renewed [its offer of troops] on Monday.", Marked(excerpt));
    }

    [Fact]
    public void A_long_sentence_is_cut_at_words_around_the_mention()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 80));
        var excerpt = Excerpt($"{words} Keir Starmer {words}.")!;

        Assert.True(excerpt.Text.Length <= MentionExcerpt.MaxLength, excerpt.Text);
        Assert.StartsWith("…word ", excerpt.Text);
        Assert.EndsWith(" word…", excerpt.Text);
        Assert.Contains("[Keir Starmer]", Marked(excerpt));
    }

    [Fact]
    public void A_brief_that_only_lists_someone_as_a_speaker_has_no_excerpt_for_them() =>
        Assert.Null(Excerpt("Nobody is named here."));

    [Fact]
    public void Person_organization_and_commitment_pages_show_the_sentence_under_the_brief()
    {
        using var site = TestSite.Create(Sites.WithBrief(Brief,
            "Keir Starmer met the press. The United Kingdom renewed [[uk-troops|its offer]] & said 2 < 3.") + Sites.Countries + Commitment);
        var built = BuiltSite.From(site.ConfigPath, site.OutputPath);

        static string Html(IElement? excerpt) => excerpt!.InnerHtml;
        Assert.Equal("<mark>Keir Starmer</mark> met the press.", Html(built.Parse("people/keir-starmer/index.html").QuerySelector(".mention-list .excerpt")));
        Assert.Equal("The <mark>United Kingdom</mark> renewed its offer &amp; said 2 &lt; 3.",
            Html(built.Parse("organizations/united-kingdom/index.html").QuerySelector(".mention-list .excerpt")));
        Assert.Equal("The United Kingdom renewed <mark>its offer</mark> &amp; said 2 &lt; 3.",
            Html(built.Parse("commitments/uk-troops/index.html").QuerySelector(".timeline-entry .excerpt")));
    }
}
