using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Briefings.Outputs.Search;

/// <summary>
/// One indexing worker's own map from term to id, in front of the shared, locked term table: a corpus has
/// a few thousand distinct terms and millions of words, so nearly every lookup is a hit, and a hit here
/// takes no lock, no interface call and no string. For the rare term too long to pack, it stores the shared
/// table's string, never a copy.
/// </summary>
internal sealed class TermCache
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    // Nearly every term is up to sixteen Latin-1 characters, packed a byte each into two numbers (see
    // PackedTerm) that are their own key and sit beside the id: a hit reads one slot and nothing else, where a term
    // kept as a string costs a second read, of the string, that misses the cache as often as the slot does.
    // Longer terms are kept with a hash and compared character by character.
    private PackedEntry[] _packed = new PackedEntry[1 << 12];
    private int _packedCount;

    private LongEntry[] _long = new LongEntry[1 << 10];
    private int _longCount;

    // A build calls this once per word: compiled optimized at once, since tiering would run it slow for much of
    // the only build a process makes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> term, PackedTerm packed, out int id)
    {
        if (packed.Low != 0 || PackedTerm.TryPack(term, out packed))
        {
            var entries = _packed;
            var mask = entries.Length - 1;
            for (var slot = PackedSlot(packed, mask); entries[slot].Key.Low != 0; slot = (slot + 1) & mask)
            {
                if (entries[slot].Key.Low == packed.Low && entries[slot].Key.High == packed.High)
                {
                    id = entries[slot].Id;
                    return true;
                }
            }
        }
        else
        {
            var hash = Hash(term);
            var mask = _long.Length - 1;
            for (var slot = hash & mask; _long[slot].Term is { } name; slot = (slot + 1) & mask)
            {
                if (_long[slot].Hash == hash && term.SequenceEqual(name))
                {
                    id = _long[slot].Id;
                    return true;
                }
            }
        }

        id = -1;
        return false;
    }

    public void Add(string term, int id)
    {
        if (PackedTerm.TryPack(term, out var key))
        {
            // Kept at most half full, so a miss ends at an empty slot soon.
            if (_packedCount * 2 >= _packed.Length)
            {
                var old = _packed;
                _packed = new PackedEntry[old.Length * 2];
                foreach (var entry in old)
                {
                    if (entry.Key.Low != 0)
                    {
                        InsertPacked(entry);
                    }
                }
            }

            InsertPacked(new PackedEntry(key, id));
            _packedCount++;
        }
        else
        {
            if (_longCount * 2 >= _long.Length)
            {
                var old = _long;
                _long = new LongEntry[old.Length * 2];
                foreach (var entry in old)
                {
                    if (entry.Term is not null)
                    {
                        InsertLong(entry);
                    }
                }
            }

            InsertLong(new LongEntry(term, Hash(term), id));
            _longCount++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PackedSlot(PackedTerm key, int mask) => (int)(((key.Low ^ BitOperations.RotateLeft(key.High, 32)) * Golden) >> 40) & mask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> term)
    {
        // Four characters at a time; a term is at most 64 characters.
        var chunks = MemoryMarshal.Cast<char, ulong>(term);
        var hash = (ulong)term.Length;
        foreach (var chunk in chunks)
        {
            hash = BitOperations.RotateLeft((hash ^ chunk) * Golden, 29);
        }

        foreach (var c in term[(chunks.Length * 4)..])
        {
            hash = BitOperations.RotateLeft((hash ^ c) * Golden, 29);
        }

        return (int)(hash ^ (hash >> 32));
    }

    private void InsertPacked(PackedEntry entry)
    {
        var mask = _packed.Length - 1;
        var slot = PackedSlot(entry.Key, mask);
        while (_packed[slot].Key.Low != 0)
        {
            slot = (slot + 1) & mask;
        }

        _packed[slot] = entry;
    }

    private void InsertLong(LongEntry entry)
    {
        var mask = _long.Length - 1;
        var slot = entry.Hash & mask;
        while (_long[slot].Term is not null)
        {
            slot = (slot + 1) & mask;
        }

        _long[slot] = entry;
    }

    // Twenty bytes rather than twenty-four: more slots to a cache line, in a table that outgrows the cache.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private readonly record struct PackedEntry(PackedTerm Key, int Id);

    private readonly record struct LongEntry(string? Term, int Hash, int Id);
}
