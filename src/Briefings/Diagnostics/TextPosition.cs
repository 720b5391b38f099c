namespace Briefings.Diagnostics;

/// <summary>A 1-based line and column in a file.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>For a fault of the file as a whole (its name, its encoding): its first character.</summary>
    public static readonly TextPosition File = new(1, 1);

    public static readonly TextPosition Start = new(1, 1);
}
