using Briefings.Content;
using Briefings.Markdown;

namespace Briefings.Tests.Markdown;

/// <summary>
/// The name matcher skips through text to the characters a name can start with; these tests hold it to
/// reading the text word by word, as a reader would: whole words only, case-sensitive, longest name first.
/// </summary>
public class NameMatcherTests
{
    private static readonly EntityKey Starmer = new(ContentKind.Person, "keir-starmer");
    private static readonly EntityKey Keir = new(ContentKind.Person, "keir");
    private static readonly EntityKey Durand = new(ContentKind.Person, "emilie-durand");
    private static readonly EntityKey Nato = new(ContentKind.Organization, "nato");
    private static readonly EntityKey Ngo = new(ContentKind.Organization, "1st-ngo");

    private static readonly (string Name, EntityKey Key)[] Names =
    [
        ("Keir Starmer", Starmer),
        ("Keir", Keir),
        ("Émilie Durand", Durand),
        ("NATO", Nato),
        ("1st NGO", Ngo),
    ];

    private static readonly NameMatcher Matcher = new(Names);

    [Theory]
    [InlineData("Keir Starmer spoke.", "keir-starmer@0+12")]
    [InlineData("(Keir Starmer)", "keir-starmer@1+12")]
    [InlineData("Keir spoke", "keir@0+4")]
    [InlineData("Keir-Starmer", "keir-starmer@0+12")]
    [InlineData("MrKeir Starmer", "")]
    [InlineData("Keirs", "")]
    [InlineData("keir starmer", "")]
    [InlineData("Émilie Durand and NATO", "emilie-durand@0+13 nato@18+4")]
    [InlineData("xÉmilie Durand", "")]
    [InlineData("the 1st NGO", "1st-ngo@4+7")]
    [InlineData("21st NGO", "")]
    [InlineData("NATO, NATO", "nato@0+4 nato@6+4")]
    [InlineData("", "")]
    public void Finds_whole_names_only(string text, string expected)
    {
        var found = string.Join(' ', Matcher.Find(text).Select(m => $"{m.Key.Id}@{m.Start}+{m.Length}"));
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Agrees_with_a_word_by_word_reading_on_random_text()
    {
        var random = new Random(20261126);
        string[] pieces = ["Keir", "Starmer", "Émilie", "Durand", "NATO", "1st", "NGO", "keir", "xKeir", "the", "a", "É"];
        string[] separators = [" ", " ", "-", ", ", ".", "", "\n", "’", "("];
        for (var round = 0; round < 5_000; round++)
        {
            var parts = new List<string>();
            for (var n = random.Next(0, 12); n > 0; n--)
            {
                parts.Add(pieces[random.Next(pieces.Length)]);
                parts.Add(separators[random.Next(separators.Length)]);
            }

            var text = string.Concat(parts);
            Assert.Equal(WordByWord(text), Matcher.Find(text));
        }
    }

    /// <summary>The plain reading the matcher must agree with: at each word's start, the longest name that begins there.</summary>
    private static List<NameMatch> WordByWord(string text)
    {
        var names = Names
            .Select(n => (Words: Words(n.Name), n.Key))
            .OrderByDescending(n => n.Words.Count).ThenBy(n => n.Key)
            .ToList();
        var matches = new List<NameMatch>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var matched = false;
            foreach (var (words, key) in names)
            {
                if (EndOf(text, start, words) is { } end)
                {
                    matches.Add(new NameMatch(start, end - start, key));
                    i = end;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }
            }
        }

        return matches;
    }

    private static int? EndOf(string text, int position, List<string> words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (k > 0)
            {
                if (position >= text.Length || !(char.IsWhiteSpace(text[position]) || text[position] == '-'))
                {
                    return null;
                }

                position++;
            }

            var word = words[k];
            if (string.CompareOrdinal(text, position, word, 0, word.Length) != 0 || position + word.Length > text.Length ||
                (position + word.Length < text.Length && char.IsLetterOrDigit(text[position + word.Length])))
            {
                return null;
            }

            position += word.Length;
        }

        return position;
    }

    // The names above are words joined by single spaces.
    private static List<string> Words(string name) => [.. name.Split(' ')];
}
