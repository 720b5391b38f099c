using System.Text;
using Briefings.Outputs.Search;

namespace Briefings.Tests.Search;

/// <summary>
/// The tokenizer classifies ASCII by table, scans it by vector and checks stop words as packed numbers; the search
/// index (and assets/search.js, which tokenizes queries the same way) depend on it finding exactly the terms that
/// folding each code point and splitting at separators finds.
/// </summary>
public sealed class SearchTokenizerTests
{
    [Theory]
    [InlineData("")]
    [InlineData("The Prime Minister said THE deal is not done, and it will be signed in 2026.")]
    [InlineData("Zelenskyy’s Café: naïve résumé, Ærø, straße, İstanbul, ΑΘΗΝΑ, Київ, 東京, ｆｕｌｌ")]
    [InlineData("Thé À l'été, Ünd, e\u0301te\u0301, \u0301alone, x\u0301\u0302\u0303")]
    [InlineData("a b c 1 22 x9 9x a1b2c3 o'clock e-mail under_score")]
    [InlineData("\uD835\uDD18nicode 𝔘𝔫𝔦 \uD835 half \uDD18 half")]
    [InlineData("서울 ஔவையார் ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ ΟΔΟΣ x² talks🤝done ǅemal")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("éaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa éaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("because BECAUSE Because becausee becaus would wouldn't you're")]
    public void Finds_the_terms_the_first_tokenizer_found(string text) =>
        Assert.Equal(Reference(text), SearchTokenizer.Terms(text));

    [Fact]
    public void Finds_the_same_terms_in_random_text()
    {
        string[] pieces = ["the", "The", "AND", "of", "a", "I", "x", "Café", "é", "e\u0301", "\u0301", "ß", "İ", "Ω", "7", "42", " ", ",", "'", "’", "-", "\n", "\uD835\uDD18", "\uD835", "ﬁ", "ｆ",
            "서", "ஔ", "Σ", "ς", "²", "🤝", "\uDD18", "Ʌ"];
        var random = new Random(20251215);
        for (var i = 0; i < 5000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(30); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            Assert.Equal(Reference(text.ToString()), SearchTokenizer.Terms(text.ToString()));
        }
    }

    [Fact]
    public void Finds_the_same_terms_in_words_of_every_length_at_every_offset()
    {
        // Every length up to past the 64-character limit, at every position, at the end of the text and before
        // a separator, an ASCII word or an accented letter.
        foreach (var length in Enumerable.Range(1, 70))
        {
            var word = string.Concat(Enumerable.Range(0, length).Select(i => (char)((i % 3 == 0 ? 'A' : 'a') + (i % 26))));
            foreach (var offset in Enumerable.Range(0, 40))
            {
                var padding = new string(' ', offset);
                foreach (var text in new[] { padding + word, padding + word + " x1", padding + word + "é", padding + word + "’s" })
                {
                    Assert.Equal(Reference(text), SearchTokenizer.Terms(text));
                }
            }
        }
    }

    /// <summary>
    /// The definition of the terms, in its simplest form: every code point folded by the table (a separator to a
    /// space), the result split at separators, and terms of two to 64 characters that are not stop words kept.
    /// </summary>
    private static List<string> Reference(string text)
    {
        var folded = new StringBuilder();
        Span<char> buffer = stackalloc char[8];
        foreach (var rune in text.EnumerateRunes())
        {
            var kind = FoldTable.KindOf(rune.Value);
            folded.Append(kind == FoldTable.Kind.Separator ? " " : buffer[..FoldTable.Fold(rune.Value, kind, buffer)]);
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in (folded + " ").EnumerateRunes())
        {
            if (FoldTable.KindOf(rune.Value) != FoldTable.Kind.Separator)
            {
                word.Append(rune.ToString());
                continue;
            }

            var term = word.ToString();
            word.Clear();
            if (term.Length is >= 2 and <= 64 && !SearchTokenizer.StopWords.Contains(term))
            {
                terms.Add(term);
            }
        }

        return terms;
    }
}
