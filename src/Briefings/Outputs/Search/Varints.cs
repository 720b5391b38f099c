using System.Numerics;
using System.Runtime.CompilerServices;

namespace Briefings.Outputs.Search;

/// <summary>Non-negative numbers seven bits a byte, the low bits first, the high bit set on every byte but the last: as search.js reads them.</summary>
internal static class Varints
{
    /// <summary>Bytes in a varint, by table: the gaps between documents vary too much for a chain of comparisons to predict.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Length(int value) => Lengths[BitOperations.LeadingZeroCount((uint)value)];

    /// <summary>Writes <paramref name="value"/> at <paramref name="at"/> and returns where the next one goes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Write(byte[] bytes, int at, int value)
    {
        while (value >= 0x80)
        {
            bytes[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[at++] = (byte)value;
        return at;
    }

    /// <summary>Reads the varint at <paramref name="at"/> and moves <paramref name="at"/> past it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    /// <summary>By leading zero bits of a 32-bit value: 7 bits a byte, so 0-3 leading zeros need 5 bytes, 4-10 need 4, and so on.</summary>
    private static ReadOnlySpan<byte> Lengths => [5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1];
}
