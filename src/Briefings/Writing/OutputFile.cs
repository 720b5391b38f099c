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

    /// <summary>The file as a stream to write to, for writers that take one (XmlWriter); <see cref="Complete"/> still ends it.</summary>
    public Stream AsStream() => new Writing(this);

    private sealed class Writing(OutputFile file) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            buffer.CopyTo(file.GetSpan(buffer.Length));
            file.Advance(buffer.Length);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
