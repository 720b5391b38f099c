using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Briefings.Outputs.Search;

/// <summary>
/// Splits text into search terms: runs of letters and digits, folded by <see cref="FoldTable"/> (lower case, accents
/// removed), two to 64 characters, common English words left out. assets/search.js applies the same rules to
/// queries, with the functions the fold table was made from.
/// </summary>
public static class SearchTokenizer
{
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "both",
        "but", "by", "can", "could", "do", "during", "each", "for", "from", "had", "has", "have", "he", "her", "his", "if",
        "in", "into", "is", "it", "its", "just", "like", "may", "more", "most", "much", "no", "not", "now", "of", "on",
        "only", "or", "other", "our", "out", "over", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "to", "up", "very", "was", "we", "well",
        "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "you",
    };

    public static IEnumerable<string> Terms(string text)
    {
        var terms = new TermList([]);
        AddTerms(text, ref terms);
        return terms.Terms;
    }

    /// <summary>Receives each term as a span of a scratch buffer, so that a plain term allocates nothing.</summary>
    public interface ITermSink
    {
        /// <summary>
        /// <paramref name="packed"/> is the term packed (<see cref="PackedTerm"/>) for an ASCII term of up to sixteen
        /// characters; <c>default</c> otherwise. The tokenizer has it at hand, from one vector.
        /// </summary>
        void Add(ReadOnlySpan<char> term, PackedTerm packed);
    }

    /// <summary>
    /// Hands each term of <paramref name="text"/> to <paramref name="sink"/>. The sink is a struct type parameter,
    /// not a delegate, so the call is compiled in place: it runs for every word of every brief.
    /// </summary>
    public static void AddTerms<TSink>(ReadOnlySpan<char> text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        Span<char> lower = stackalloc char[MaxTermLength];
        var i = SkipSeparators(text, 0);
        while (i < text.Length)
        {
            var start = i;
            var end = ScanAscii(text, start, lower);
            if (end < text.Length && text[end] > 0x7F && FoldTable.KindAt(text, end, out _) != FoldTable.Kind.Separator)
            {
                // The word goes on past ASCII: it has accents or is in another script.
                i = EndOfWord(text, end);
                AddFolded(text[start..i], ref sink);
                i = SkipSeparators(text, i);
                continue;
            }

            // The character at the end, if any, is a separator.
            i = SkipSeparators(text, end + 1);
            var length = end - start;
            // Longer "words" are hashes or junk, not something a reader types.
            if (length < 2 || length > lower.Length)
            {
                continue;
            }

            var packed = length <= PackedTerm.MaxLength ? PackAscii(lower, length) : default;
            if (length <= MaxStopWordLength && IsStopWord(packed.Low))
            {
                continue;
            }

            sink.Add(lower[..length], packed);
        }
    }

    private const int MaxTermLength = 64;

    /// <summary>
    /// Where the run of ASCII letters and digits from <paramref name="i"/> ends, its first characters written to
    /// <paramref name="lower"/> in lower case. Nearly every character of a text passes through here: sixteen at a
    /// time where vectors allow, as a loop a character at a time mispredicts its exit at nearly every word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ScanAscii(ReadOnlySpan<char> text, int i, Span<char> lower)
    {
        var start = i;
        if (Vector256.IsHardwareAccelerated)
        {
            while (text.Length - i >= Vector256<ushort>.Count)
            {
                var chars = Load(text, i);
                // Lower-casing by setting bit 5 is right for letters and leaves digits as they are; what lies past
                // the word's end is written too, and never read.
                if (i - start <= lower.Length - Vector256<ushort>.Count)
                {
                    (chars | Vector256.Create((ushort)0x20)).CopyTo(MemoryMarshal.Cast<char, ushort>(lower[(i - start)..]));
                }

                var others = ~LettersAndDigits(chars).ExtractMostSignificantBits() & 0xFFFF;
                if (others != 0)
                {
                    return i + BitOperations.TrailingZeroCount(others);
                }

                i += Vector256<ushort>.Count;
            }
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c > 0x7F)
            {
                break;
            }

            var folded = AsciiFold[c];
            if (folded == 0)
            {
                break;
            }

            if ((uint)(i - start) < (uint)lower.Length)
            {
                lower[i - start] = (char)folded;
            }
        }

        return i;
    }

    /// <summary>Where the next word may start from <paramref name="i"/>: the next ASCII letter or digit, or character past ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSeparators(ReadOnlySpan<char> text, int i)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            while (text.Length - i >= Vector256<ushort>.Count)
            {
                var chars = Load(text, i);
                var starts = (LettersAndDigits(chars) | Vector256.GreaterThan(chars, Vector256.Create((ushort)0x7F))).ExtractMostSignificantBits();
                if (starts != 0)
                {
                    return i + BitOperations.TrailingZeroCount(starts);
                }

                i += Vector256<ushort>.Count;
            }
        }

        while (i < text.Length && text[i] <= 0x7F && AsciiFold[text[i]] == 0)
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> Load(ReadOnlySpan<char> text, int i) =>
        Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(text.Slice(i, Vector256<ushort>.Count)));

    /// <summary>All ones in each lane that holds an ASCII letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ushort> LettersAndDigits(Vector256<ushort> chars) =>
        Vector256.LessThan(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10))
        | Vector256.LessThan((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));

    /// <summary>Where the word that goes on at <paramref name="i"/> ends, a code point at a time.</summary>
    private static int EndOfWord(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c <= 0x7F)
            {
                if (AsciiFold[c] == 0)
                {
                    break;
                }

                i++;
            }
            else if (FoldTable.KindAt(text, i, out var length) != FoldTable.Kind.Separator)
            {
                i += length;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// A word with characters past ASCII, folded a code point at a time, which only such words need. A few
    /// characters fold to a letter and a spacing mark that ends the word, as the browser splits them, so the
    /// folded word is split again where a separator came out.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddFolded<TSink>(ReadOnlySpan<char> word, ref TSink sink)
        where TSink : struct, ITermSink
    {
        char[]? rented = null;
        var capacity = word.Length * FoldTable.MaxExpansion;
        var folded = capacity <= 384 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        var length = 0;
        for (var i = 0; i < word.Length;)
        {
            var kind = FoldTable.KindAt(word, i, out var units);
            length += FoldTable.Fold(units == 2 ? char.ConvertToUtf32(word[i], word[i + 1]) : word[i], kind, folded[length..]);
            i += units;
        }

        var start = 0;
        for (var i = 0; i < length;)
        {
            if (FoldTable.KindAt(folded[..length], i, out var units) == FoldTable.Kind.Separator)
            {
                AddFoldedTerm(folded[start..i], ref sink);
                start = i + units;
            }

            i += units;
        }

        AddFoldedTerm(folded[start..length], ref sink);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static void AddFoldedTerm<TSink>(ReadOnlySpan<char> term, ref TSink sink)
        where TSink : struct, ITermSink
    {
        if (term.Length < 2 || term.Length > MaxTermLength || (term.Length <= MaxStopWordLength && PackedTerm.TryPack(term, out var key) && IsStopWord(key.Low)))
        {
            return;
        }

        sink.Add(term, default);
    }

    /// <summary>Each ASCII letter or digit in lower case, and 0 for everything else: char.IsLetterOrDigit, by table.</summary>
    private static ReadOnlySpan<byte> AsciiFold =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        (byte)'0', (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9', 0, 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
        0, (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)'j', (byte)'k', (byte)'l', (byte)'m', (byte)'n', (byte)'o',
        (byte)'p', (byte)'q', (byte)'r', (byte)'s', (byte)'t', (byte)'u', (byte)'v', (byte)'w', (byte)'x', (byte)'y', (byte)'z', 0, 0, 0, 0, 0,
    ];

    /// <summary>
    /// Stop words are short ASCII words, so each is looked up as a number, its characters packed a byte each,
    /// in a small open-addressed table: half the words of a text are stop words, and this needs no string hash.
    /// Most other terms are longer than any stop word and are not looked up at all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsStopWord(ulong key)
    {
        for (var slot = StopWordSlot(key); StopWordKeys[slot] != 0; slot = (slot + 1) & (StopWordKeys.Length - 1))
        {
            if (StopWordKeys[slot] == key)
            {
                return true;
            }
        }

        return false;
    }

    private static int StopWordSlot(ulong key) => (int)((key * 0x9E3779B97F4A7C15) >> 56);

    /// <summary>The longest stop word's length; a constant, so that checking a word against it costs nothing.</summary>
    private const int MaxStopWordLength = 7;

    private static readonly ulong[] StopWordKeys = StopWordTable();

    private static ulong[] StopWordTable()
    {
        // 256 slots, as StopWordSlot's top eight bits address, for about a hundred words.
        var table = new ulong[256];
        foreach (var word in StopWords)
        {
            if (word.Length > MaxStopWordLength || !PackedTerm.TryPack(word, out var key))
            {
                throw new InvalidOperationException($"Stop word '{word}' is not ASCII of at most {MaxStopWordLength} letters.");
            }

            var slot = StopWordSlot(key.Low);
            while (table[slot] != 0)
            {
                slot = (slot + 1) & (table.Length - 1);
            }

            table[slot] = key.Low;
        }

        return table;
    }

    /// <summary>
    /// <see cref="PackedTerm"/> of the first <paramref name="length"/> (one to sixteen) ASCII characters of a buffer of
    /// at least sixteen: two vectors narrowed to bytes, without a loop whose end the processor must guess.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PackedTerm PackAscii(Span<char> buffer, int length)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(buffer);
        var bytes = Vector128.Narrow(Vector128.Create<ushort>(chars), Vector128.Create<ushort>(chars[Vector128<ushort>.Count..]))
            & Vector128.LessThan(Vector128<byte>.Indices, Vector128.Create((byte)length));
        var words = bytes.AsUInt64();
        return new PackedTerm(words.ToScalar(), words.GetElement(1));
    }

    private struct TermList(List<string> terms) : ITermSink
    {
        public readonly List<string> Terms => terms;

        public readonly void Add(ReadOnlySpan<char> term, PackedTerm packed) => terms.Add(term.ToString());
    }
}
