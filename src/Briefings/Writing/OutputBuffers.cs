using System.Buffers;
using System.Text;

namespace Briefings.Writing;

/// <summary>
/// The pool that output files' buffers are rented from and returned to once written. The shared pool keeps a
/// few arrays of a size per core, where up to a queue's worth of pages (256) wait for the writer at once: many
/// returns found it full and were dropped, and new arrays rented in their place (bench/README.md, "Output buffers").
/// </summary>
public static class OutputBuffers
{
    public static ArrayPool<byte> Pool { get; } = ArrayPool<byte>.Create(maxArrayLength: 16 * 1024 * 1024, maxArraysPerBucket: 512);

    /// <summary>The builder's text as UTF-8, chunk by chunk, in a buffer rented from <see cref="Pool"/>.</summary>
    public static (byte[] Buffer, int Length) Encode(StringBuilder builder)
    {
        // Sized for a page that is nearly all ASCII, as pages are: a pooled buffer sized for the page, not three
        // times over, is what waits in the writer's queue and what the collector copies if it survives. Counting
        // the bytes first cost a second pass over every page; only a page that overflows this pays for it.
        var buffer = Pool.Rent(builder.Length + (builder.Length / 8) + 16);
        if (TryEncode(builder, buffer, out var length))
        {
            return (buffer, length);
        }

        Pool.Return(buffer);
        var count = 0;
        foreach (var chunk in builder.GetChunks())
        {
            // A surrogate pair split between chunks counts as two replacement characters: more, never less.
            count += Encoding.UTF8.GetByteCount(chunk.Span);
        }

        // Room for the bytes counted and the four TryEncode wants free before each chunk, so it cannot fall short.
        buffer = Pool.Rent(count + 4);
        if (!TryEncode(builder, buffer, out length))
        {
            throw new InvalidOperationException("A page's UTF-8 came out longer than its bytes were counted.");
        }

        return (buffer, length);
    }

    /// <summary>Encodes the builder into <paramref name="buffer"/>, or says it does not fit.</summary>
    private static bool TryEncode(StringBuilder builder, byte[] buffer, out int length)
    {
        var encoder = NewEncoder();
        length = 0;
        foreach (var chunk in builder.GetChunks())
        {
            // Convert throws rather than writing nothing: with fewer bytes left than a character may take, stop.
            if (buffer.Length - length < 4)
            {
                return false;
            }

            encoder.Convert(chunk.Span, buffer.AsSpan(length), flush: false, out var used, out var written, out _);
            length += written;
            if (used < chunk.Length)
            {
                return false;
            }
        }

        if (buffer.Length - length < 4)
        {
            return false;
        }

        encoder.Convert([], buffer.AsSpan(length), flush: true, out _, out var last, out var flushed);
        length += last;
        return flushed;
    }

    private static Encoder NewEncoder() => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
}
