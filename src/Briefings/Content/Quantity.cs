using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// One quantity of a status entry's <c>amount:</c> or <c>delivered:</c>: a value in one unit (an ISO 4217 currency
/// such as <c>GBP</c>, or any count: <c>troops</c>, <c>doses</c>). <see cref="Value"/> is in whole units, the scale
/// already applied, and decimal, so sums and shares are exact.
/// </summary>
/// <param name="Written">The value as the author wrote it, before the scale.</param>
/// <param name="Basis">For a money valuation of something given in kind: <c>stated</c> or <c>estimated</c>; null otherwise.</param>
public sealed record Quantity(decimal Value, string Unit, decimal Written, Scale Scale, DateOnly? ValueDate, string? Basis, TextPosition At)
{
    /// <summary>Money: a unit written as three capital letters, as ISO 4217 codes are; any other unit is a count.</summary>
    public bool IsMoney => IsCurrency(Unit);

    public static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsAsciiLetterUpper);
}

/// <summary>The words an amount may be scaled by, each a power of a thousand.</summary>
public enum Scale
{
    None,
    Thousand,
    Million,
    Billion,
}

public static class Scales
{
    public static readonly IReadOnlyList<string> Names = ["thousand", "million", "billion"];

    public static decimal Factor(this Scale scale) => scale switch
    {
        Scale.Thousand => 1_000m,
        Scale.Million => 1_000_000m,
        Scale.Billion => 1_000_000_000m,
        _ => 1m,
    };

    public static string? Name(this Scale scale) => scale == Scale.None ? null : Names[(int)scale - 1];

    public static Scale? Parse(string text)
    {
        var index = Names.ToList().IndexOf(text);
        return index < 0 ? null : (Scale)(index + 1);
    }
}
