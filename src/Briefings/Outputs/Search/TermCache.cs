using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Briefings.Outputs.Search;

/// <summary>
/// One indexing worker's own map from term to id, in front of the shared, locked term table: a corpus has
/// a few thousand distinct terms and millions of words, so nearly every lookup is a hit, and a hit here
/// takes no lock, no interface call and no string. It stores the shared table's strings, never copies.
/// </summary>
internal sealed class TermCache
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    // Most terms are short: up to eight Latin-1 characters, packed a byte each, are their own key, compared
    // as one number. Longer terms are kept with a hash and compared character by character.
    private ulong[] _shortKeys = new ulong[1 << 12];
    private int[] _shortIds = new int[1 << 12];
    private int _shortCount;

    private LongEntry[] _long = new LongEntry[1 << 10];
    private int _longCount;

    // A build calls this once per word: compiled optimized at once, since tiering would run it slow for much of
    // the only build a process makes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGet(ReadOnlySpan<char> term, ulong packed, out int id)
    {
        if (packed != 0 || TryPack(term, out packed))
        {
            var key = packed;
            var mask = _shortKeys.Length - 1;
            for (var slot = ShortSlot(key, mask); _shortKeys[slot] != 0; slot = (slot + 1) & mask)
            {
                if (_shortKeys[slot] == key)
                {
                    id = _shortIds[slot];
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
        if (TryPack(term, out var key))
        {
            // Kept at most half full, so a miss ends at an empty slot soon.
            if (_shortCount * 2 >= _shortKeys.Length)
            {
                var (keys, ids) = (_shortKeys, _shortIds);
                _shortKeys = new ulong[keys.Length * 2];
                _shortIds = new int[keys.Length * 2];
                for (var i = 0; i < keys.Length; i++)
                {
                    if (keys[i] != 0)
                    {
                        InsertShort(keys[i], ids[i]);
                    }
                }
            }

            InsertShort(key, id);
            _shortCount++;
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

    /// <summary>
    /// The characters a byte each, the first lowest, as the tokenizer packs an ASCII term; no term holds a '\0', so no
    /// two terms share a key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryPack(ReadOnlySpan<char> term, out ulong key)
    {
        key = 0;
        if (term.Length > sizeof(ulong))
        {
            return false;
        }

        for (var i = term.Length - 1; i >= 0; i--)
        {
            if (term[i] > 0xFF)
            {
                key = 0;
                return false;
            }

            key = (key << 8) | term[i];
        }

        return key != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShortSlot(ulong key, int mask) => (int)((key * Golden) >> 40) & mask;

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

    private void InsertShort(ulong key, int id)
    {
        var mask = _shortKeys.Length - 1;
        var slot = ShortSlot(key, mask);
        while (_shortKeys[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _shortKeys[slot] = key;
        _shortIds[slot] = id;
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

    private readonly record struct LongEntry(string? Term, int Hash, int Id);
}
