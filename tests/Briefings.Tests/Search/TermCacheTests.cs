using System.Text;
using Briefings.Outputs.Search;

namespace Briefings.Tests.Search;

/// <summary>
/// The term cache keys most terms by their packed characters rather than by string, and the tokenizer packs ASCII
/// terms by vector: a term must find the id it was added with however it is handed in, and no other term's.
/// </summary>
public sealed class TermCacheTests
{
    [Fact]
    public void Finds_each_term_and_no_other_as_a_dictionary_does()
    {
        string[] pieces = ["a", "b", "z", "0", "9", "é", "ÿ", "ß", "Ω", "東", "\uD835\uDD18", "ab", "xyz"];
        var random = new Random(20261206);
        var cache = new TermCache();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 40_000; i++)
        {
            var text = new StringBuilder();
            // Lengths around every boundary: eight, sixteen, and past them.
            for (var n = random.Next(1, 12); n > 0 && text.Length < 24; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            var term = text.ToString();
            var found = cache.TryGet(term, default, out var id);
            Assert.Equal(reference.TryGetValue(term, out var expected), found);
            if (found)
            {
                Assert.Equal(expected, id);
            }
            else
            {
                reference[term] = reference.Count;
                cache.Add(term, reference[term]);
            }
        }

        foreach (var (term, id) in reference)
        {
            Assert.True(cache.TryGet(term, PackedTerm.TryPack(term, out var packed) ? packed : default, out var got));
            Assert.Equal(id, got);
        }
    }

    [Fact]
    public void The_tokenizer_packs_a_term_as_packing_its_characters_does()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 12); n > 0; n--)
            {
                text.Append(random.Next(4) == 0 ? "Café " : "").Append(new string((char)('A' + random.Next(26)), random.Next(1, 20)))
                    .Append((char)('a' + random.Next(26)), random.Next(0, 6)).Append(random.Next(3) == 0 ? ", " : " ");
            }

            var sink = new CheckingSink();
            SearchTokenizer.AddTerms(text.ToString(), ref sink);
        }
    }

    private struct CheckingSink : SearchTokenizer.ITermSink
    {
        public readonly void Add(ReadOnlySpan<char> term, PackedTerm packed)
        {
            // A term handed in unpacked (one folded from past ASCII, or too long) is packed by the cache itself.
            if (packed != default)
            {
                Assert.True(PackedTerm.TryPack(term, out var expected));
                Assert.Equal(expected, packed);
            }
        }
    }
}
