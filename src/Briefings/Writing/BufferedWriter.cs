using System.Collections.Concurrent;

namespace Briefings.Writing;

/// <summary>Holds files in memory until the whole batch is known to be good.</summary>
public sealed class BufferedWriter : IOutputWriter
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Paths => _files.Keys.ToHashSet(StringComparer.Ordinal);

    public void Write(string relativePath, ReadOnlySpan<byte> bytes) => _files[relativePath] = bytes.ToArray();

    public void FlushTo(IOutputWriter writer)
    {
        foreach (var (path, bytes) in _files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.Write(path, bytes);
        }
    }
}
