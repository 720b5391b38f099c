using System.Buffers;

namespace Briefings.Writing;

/// <summary>
/// An <see cref="IBufferWriter{T}"/> over buffers rented from <see cref="OutputBuffers.Pool"/>, whose result
/// goes to <see cref="IOutputWriter.WritePooled"/> as it is: a data file of many megabytes is then neither
/// grown through fresh arrays nor copied again on its way to the disk.
/// </summary>
internal sealed class PooledBufferWriter(int initialCapacity = 64 * 1024) : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer = OutputBuffers.Pool.Rent(initialCapacity);
    private int _written;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _written);

    public int WrittenCount => _written;

    /// <summary>Room left before the buffer must grow.</summary>
    public int FreeCapacity => _buffer.Length - _written;

    /// <summary>Empties the buffer, keeping it, once what it held has gone elsewhere.</summary>
    public void Clear() => _written = 0;

    /// <summary>Returns the buffer to the pool, unless it was handed over already.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _written = 0;
        if (buffer.Length > 0)
        {
            OutputBuffers.Pool.Return(buffer);
        }
    }

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Hands the buffer over to <paramref name="writer"/>, which returns it to the pool.</summary>
    public void WriteTo(IOutputWriter writer, string relativePath)
    {
        var buffer = _buffer;
        _buffer = [];
        writer.WritePooled(relativePath, buffer, _written);
    }

    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        Grow(Math.Max(needed, _buffer.Length * 2));
    }

    private void Grow(int size)
    {
        var larger = OutputBuffers.Pool.Rent(size);
        _buffer.AsSpan(0, _written).CopyTo(larger);
        OutputBuffers.Pool.Return(_buffer);
        _buffer = larger;
    }
}
