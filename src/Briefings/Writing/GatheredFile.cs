namespace Briefings.Writing;

/// <summary>
/// The file gathered in one pooled buffer and written whole once complete: for writers that hold, compare or
/// transform whole files (serve's, tests', the minifier).
/// </summary>
internal sealed class GatheredFile(IOutputWriter writer, string relativePath) : OutputFile
{
    private readonly PooledBufferWriter _buffer = new();

    public override void Advance(int count) => _buffer.Advance(count);

    public override Memory<byte> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);

    public override void Complete() => _buffer.WriteTo(writer, relativePath);

    public override void Dispose() => _buffer.Dispose();
}
