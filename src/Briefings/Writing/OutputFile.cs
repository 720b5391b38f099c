using System.Buffers;

namespace Briefings.Writing;

/// <summary>
/// A file of the site written as it is made, for the data files that grow with the site: on 100,000 briefs
/// api/briefs.json is 132 MB, and made whole in memory, it and the other data files held ~400 MB of the heap at once
/// while the pages rendered. <see cref="Complete"/> ends the file; one disposed without it leaves nothing.
/// </summary>
public abstract class OutputFile : IBufferWriter<byte>, IDisposable
{
    public abstract void Advance(int count);

    public abstract Memory<byte> GetMemory(int sizeHint = 0);

    public abstract Span<byte> GetSpan(int sizeHint = 0);

    /// <summary>Ends the file: after this, it is part of the site as if written whole.</summary>
    public abstract void Complete();

    public abstract void Dispose();
}
