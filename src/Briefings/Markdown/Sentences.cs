namespace Briefings.Markdown;

/// <summary>Where the sentence around a place in a paragraph starts and ends, and how to cut a long one down.</summary>
internal static class Sentences
{
    // Words a full stop follows without ending the sentence: "Mr. Starmer", "Gen. Keane". Initials ("J.") are caught by length.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Jr", "Sr", "No", "vs", "etc", "e.g", "i.e",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationSpans = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The sentence of <paramref name="text"/> that holds <c>[at, at + length)</c>, end-exclusive, its terminator included.</summary>
    public static (int Start, int End) Around(ReadOnlySpan<char> text, int at, int length)
    {
        var start = 0;
        for (var i = at - 1; i > 0; i--)
        {
            if (char.IsWhiteSpace(text[i]) && EndsSentence(text, i - 1))
            {
                start = i + 1;
                break;
            }
        }

        var end = text.Length;
        for (var i = at + length; i < text.Length; i++)
        {
            if (EndsSentence(text, i) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsCloser(text[i + 1])))
            {
                end = i + 1;
                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                break;
            }
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }

    /// <summary>
    /// A window of at most <paramref name="max"/> characters of <c>[start, end)</c> around the mention, widened at word
    /// boundaries: most of the room after the mention, where a sentence says what the person did.
    /// </summary>
    public static (int Start, int End) Window(ReadOnlySpan<char> text, int start, int end, int at, int length, int max)
    {
        if (end - start <= max)
        {
            return (start, end);
        }

        var before = Math.Min(at - start, Math.Max(max / 3, (max - length) / 3));
        var from = at - before;
        var to = Math.Min(end, from + max);
        from = Math.Max(start, to - max);
        // Cut at whole words: forward to the next space at the start, back to the last one at the end.
        if (from > start && text[from..to].IndexOf(' ') is >= 0 and var space && from + space < at)
        {
            from += space + 1;
        }

        if (to < end && text[from..to].LastIndexOf(' ') is > 0 and var last && from + last >= at + length)
        {
            to = from + last;
        }

        return (from, to);
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is '!' or '?' or '…')
        {
            return true;
        }

        if (c != '.')
        {
            return IsCloser(c) && i > 0 && EndsSentence(text, i - 1);
        }

        var word = i;
        while (word > 0 && (char.IsLetter(text[word - 1]) || text[word - 1] == '.'))
        {
            word--;
        }

        var before = text[word..i];
        return !(before.Length == 1 && char.IsUpper(before[0])) && !AbbreviationSpans.Contains(before);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or '»';
}
