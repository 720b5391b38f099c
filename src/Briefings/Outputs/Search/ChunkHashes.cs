using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Briefings.Outputs.Search;

/// <summary>
/// The content hash of every chunk written, combined into the index's version. The page asks for each chunk with
/// <c>?v=</c> and that version, so a browser or host that kept a chunk from an earlier build never answers a new
/// manifest with it: the chunks keep stable names (t/12.js), and a query string is the one mark a file:// URL also takes.
/// </summary>
internal sealed class ChunkHashes
{
    private readonly ConcurrentDictionary<string, ulong> _hashes = new(StringComparer.Ordinal);

    public void Add(string name, ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes, hash);
        _hashes[name] = BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }

    /// <summary>Twelve hexadecimal digits over every chunk's name and hash, in name order: the same files give the same version.</summary>
    public string Version()
    {
        using var combined = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> value = stackalloc byte[sizeof(ulong)];
        foreach (var (name, hash) in _hashes.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            combined.AppendData(Encoding.UTF8.GetBytes(name));
            BinaryPrimitives.WriteUInt64LittleEndian(value, hash);
            combined.AppendData(value);
        }

        return Convert.ToHexStringLower(combined.GetHashAndReset())[..12];
    }
}
