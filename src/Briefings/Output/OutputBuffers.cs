using System.Buffers;

namespace Briefings.Output;

/// <summary>
/// The pool that output files' buffers are rented from and returned to once written. The shared pool keeps a
/// few arrays of a size per core, where up to a queue's worth of pages (256) wait for the writer at once: many
/// returns found it full and were dropped, and new arrays rented in their place, ~20 MB on 10,000 briefs.
/// </summary>
public static class OutputBuffers
{
    public static ArrayPool<byte> Pool { get; } = ArrayPool<byte>.Create(maxArrayLength: 16 * 1024 * 1024, maxArraysPerBucket: 512);
}
