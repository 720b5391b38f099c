using System.Runtime.CompilerServices;

namespace Briefings.Outputs.Search;

/// <summary>
/// A term of up to sixteen Latin-1 characters as two numbers, a byte per character, the first lowest: characters one to
/// eight in <see cref="Low"/>, nine to sixteen in <see cref="High"/>. No term holds a '\0', so no two terms share a key,
/// and <see cref="Low"/> is 0 only for <c>default</c>, which stands for a term not packed.
/// </summary>
public readonly record struct PackedTerm(ulong Low, ulong High)
{
    public const int MaxLength = 2 * sizeof(ulong);

    /// <summary>The term packed, if it is up to <see cref="MaxLength"/> characters, each at most U+00FF.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryPack(ReadOnlySpan<char> term, out PackedTerm packed)
    {
        packed = default;
        if (term.Length is 0 or > MaxLength)
        {
            return false;
        }

        ulong low = 0, high = 0;
        for (var i = term.Length - 1; i >= 0; i--)
        {
            if (term[i] > 0xFF)
            {
                return false;
            }

            if (i >= sizeof(ulong))
            {
                high = (high << 8) | term[i];
            }
            else
            {
                low = (low << 8) | term[i];
            }
        }

        packed = new PackedTerm(low, high);
        return true;
    }
}
