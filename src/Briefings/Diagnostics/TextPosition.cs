namespace Briefings.Diagnostics;

/// <summary>A 1-based line and column in a file; line 0 means "the file as a whole".</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static readonly TextPosition File = new(0, 0);

    public static readonly TextPosition Start = new(1, 1);
}
