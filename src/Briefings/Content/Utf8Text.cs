using System.Buffers;

namespace Briefings.Content;

/// <summary>A file's UTF-8 bytes in a buffer borrowed from the shared pool, which disposing gives back.</summary>
public sealed class Utf8Text : IDisposable
{
    public static readonly Utf8Text Empty = new(null, 0, 0);

    private byte[]? _buffer;
    private readonly int _start;
    private readonly int _length;

    internal Utf8Text(byte[]? buffer, int start, int length)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
    }

    public ReadOnlySpan<byte> Bytes => _buffer is null ? [] : _buffer.AsSpan(_start, _length);

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
