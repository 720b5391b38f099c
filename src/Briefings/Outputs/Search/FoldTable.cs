namespace Briefings.Outputs.Search;

/// <summary>
/// What each code point becomes in a search term, read from tables made by running the fold of assets/search.js on
/// every code point (FoldTable.mjs writes FoldTable.g.cs): accents and other nonspacing marks off, lower case, final
/// sigma as any sigma, Hangul syllables as their letters. The index is made with it and the browser folds queries
/// with the function it was made from, so a word is the same term on both sides. .NET's own normalization cannot
/// serve: with InvariantGlobalization it returns text unchanged ("république" stayed "république").
/// </summary>
internal static partial class FoldTable
{
    public enum Kind : byte
    {
        /// <summary>Ends a word.</summary>
        Separator,

        /// <summary>A word character that folds to itself.</summary>
        Word,

        /// <summary>Folds to nothing but belongs to the word it marks.</summary>
        Removed,

        /// <summary>Folds to other characters; see <see cref="Fold"/>.</summary>
        Replaced,
    }

    private const int HangulFirst = 0xAC00;
    private const int HangulLast = 0xD7A3;

    /// <summary>By code point below U+10000, where nearly all text is: one array read instead of a search of the ranges.</summary>
    private static readonly Kind[] Bmp = BuildBmp();

    public static Kind KindOf(int codePoint) =>
        codePoint < Bmp.Length ? Bmp[codePoint] : KindInTables(codePoint);

    /// <summary>
    /// The kind of the code point at <paramref name="i"/>, and in <paramref name="length"/> its UTF-16 length: two for
    /// a surrogate pair; a surrogate on its own separates words, as in the browser, which sees it as no letter.
    /// </summary>
    public static Kind KindAt(ReadOnlySpan<char> text, int i, out int length)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            length = 2;
            return KindInTables(char.ConvertToUtf32(c, text[i + 1]));
        }

        length = 1;
        return Bmp[c];
    }

    /// <summary>The most UTF-16 characters one character folds to (a Hangul syllable, to three letters).</summary>
    public const int MaxExpansion = 3;

    /// <summary>
    /// Writes what the code point folds to into <paramref name="destination"/>, which has room for
    /// <see cref="MaxExpansion"/> characters per UTF-16 character of it, and returns how many: the code point
    /// itself for a word character, none for a removed one, its replacement otherwise. A replacement can hold a
    /// separator (a Tamil or Balinese vowel folds to a letter and a spacing mark), as in the browser.
    /// </summary>
    public static int Fold(int codePoint, Kind kind, Span<char> destination)
    {
        switch (kind)
        {
            case Kind.Word:
                return new System.Text.Rune(codePoint).EncodeToUtf16(destination);
            case Kind.Replaced when codePoint is >= HangulFirst and <= HangulLast:
                // Unicode's arithmetic decomposition: leading consonant, vowel, and a trailing consonant unless none.
                var index = codePoint - HangulFirst;
                destination[0] = (char)(0x1100 + (index / 588));
                destination[1] = (char)(0x1161 + (index % 588 / 28));
                if (index % 28 == 0)
                {
                    return 2;
                }

                destination[2] = (char)(0x11A7 + (index % 28));
                return 3;
            case Kind.Replaced:
                var at = Replaced.BinarySearch(codePoint);
                var replacement = Replacements[ReplacementStarts[at]..ReplacementStarts[at + 1]];
                replacement.CopyTo(destination);
                return replacement.Length;
            default:
                return 0;
        }
    }

    private static Kind KindInTables(int codePoint)
    {
        if (InRanges(WordRanges, codePoint))
        {
            return Kind.Word;
        }

        if (InRanges(RemovedRanges, codePoint))
        {
            return Kind.Removed;
        }

        return codePoint is >= HangulFirst and <= HangulLast || Replaced.BinarySearch(codePoint) >= 0 ? Kind.Replaced : Kind.Separator;
    }

    /// <summary>Whether the code point lies in one of the ranges, given as first and last of each, ascending.</summary>
    private static bool InRanges(ReadOnlySpan<int> ranges, int codePoint)
    {
        int low = 0, high = (ranges.Length / 2) - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (codePoint < ranges[2 * mid])
            {
                high = mid - 1;
            }
            else if (codePoint > ranges[(2 * mid) + 1])
            {
                low = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    private static Kind[] BuildBmp()
    {
        // Separator, the default, for every code point no table names, surrogates among them: KindAt reads a pair
        // as one code point before it gets here.
        var kinds = new Kind[0x10000];
        Fill(kinds, WordRanges, Kind.Word);
        Fill(kinds, RemovedRanges, Kind.Removed);
        kinds.AsSpan(HangulFirst, HangulLast - HangulFirst + 1).Fill(Kind.Replaced);
        foreach (var codePoint in Replaced)
        {
            if (codePoint >= kinds.Length)
            {
                break;
            }

            kinds[codePoint] = Kind.Replaced;
        }

        return kinds;
    }

    private static void Fill(Kind[] kinds, ReadOnlySpan<int> ranges, Kind kind)
    {
        for (var i = 0; i < ranges.Length && ranges[i] < kinds.Length; i += 2)
        {
            kinds.AsSpan(ranges[i], Math.Min(ranges[i + 1], kinds.Length - 1) - ranges[i] + 1).Fill(kind);
        }
    }
}
