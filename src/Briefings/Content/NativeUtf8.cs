using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace Briefings.Content;

/// <summary>
/// UTF-8 text that lives for a whole build, such as a brief's Markdown and its rendered HTML, kept in native memory
/// rather than in arrays on the collected heap. There, 20,000 such arrays on 10,000 briefs (117 MB) were copied by
/// the collector from young to old generation and counted towards the budgets that start full collections; here
/// the collector neither moves nor counts them. The bytes are copied into chunks that a thread fills one after the
/// other, and a chunk is freed once the collector finds no text in it still used.
/// </summary>
/// <remarks>
/// On Linux a chunk is one transparent huge page (2 MB), asked for with <c>madvise</c>: touched page by page, the
/// text of 10,000 briefs took ~30,000 page faults (1.5 % of a build's CPU samples); as huge pages, about 60.
/// </remarks>
internal readonly partial struct NativeUtf8
{
    private readonly Chunk? _chunk;
    private readonly int _offset;

    private NativeUtf8(Chunk chunk, int offset, int length)
    {
        _chunk = chunk;
        _offset = offset;
        Length = length;
    }

    /// <summary>Texts longer than this get a chunk of their own, so that one does not leave most of a chunk unused.</summary>
    internal const int OwnChunkAbove = Chunk.Size / 4;

    public int Length { get; }

    /// <summary>
    /// The bytes. The memory keeps its chunk alive while it is itself reachable, but a span taken from it does not:
    /// read spans while what holds the text (a body, a node, a cache) is still in use, as every reader here does.
    /// </summary>
    public ReadOnlyMemory<byte> Memory => _chunk is null ? default : _chunk.Memory.Slice(_offset, Length);

    /// <summary>A copy of <paramref name="bytes"/> in the current thread's chunk, or in a chunk of its own if it is large.</summary>
    public static NativeUtf8 Copy(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return default;
        }

        if (bytes.Length > OwnChunkAbove)
        {
            var own = new Chunk(bytes.Length);
            bytes.CopyTo(own.GetSpan());
            return new NativeUtf8(own, 0, bytes.Length);
        }

        if (t_current is not { } chunk || chunk.Capacity - t_used < bytes.Length)
        {
            t_current = chunk = new Chunk(Chunk.Size);
            t_used = 0;
        }

        var offset = t_used;
        bytes.CopyTo(chunk.GetSpan().Slice(offset));
        t_used += bytes.Length;
        return new NativeUtf8(chunk, offset, bytes.Length);
    }

    public string Decode()
    {
        if (_chunk is null)
        {
            return "";
        }

        var text = Encoding.UTF8.GetString(_chunk.GetSpan().Slice(_offset, Length));
        // The span does not hold the chunk: the chunk's handle must not free the bytes while they are read.
        GC.KeepAlive(_chunk);
        return text;
    }

    public bool SequenceEqual(NativeUtf8 other)
    {
        var equal = Span.SequenceEqual(other.Span);
        GC.KeepAlive(_chunk);
        GC.KeepAlive(other._chunk);
        return equal;
    }

    public void AddTo(ref HashCode hash)
    {
        hash.AddBytes(Span);
        GC.KeepAlive(_chunk);
    }

    private ReadOnlySpan<byte> Span => _chunk is null ? default : _chunk.GetSpan().Slice(_offset, Length);

    [ThreadStatic]
    private static Chunk? t_current;

    [ThreadStatic]
    private static int t_used;

    /// <summary>
    /// One native block that many texts share, as memory that pages and the search index read. It has no owner to
    /// dispose of it, so only the collector knows when the last text in it is gone: its handle frees it then.
    /// </summary>
    private sealed unsafe class Chunk : MemoryManager<byte>
    {
        public const int Size = Block.HugePage;

        private readonly Block _block;

        public Chunk(int capacity)
        {
            _block = new Block(capacity);
            Capacity = capacity;
        }

        public int Capacity { get; }

        public override Span<byte> GetSpan() => new((byte*)_block.DangerousGetHandle(), Capacity);

        public override MemoryHandle Pin(int elementIndex = 0)
        {
            var added = false;
            _block.DangerousAddRef(ref added);
            return new MemoryHandle((byte*)_block.DangerousGetHandle() + elementIndex, pinnable: this);
        }

        public override void Unpin() => _block.DangerousRelease();

        // Many texts share a chunk, so no one of them may free it: its block's handle does once none is left.
        protected override void Dispose(bool disposing)
        {
        }
    }

    private sealed unsafe class Block : SafeHandle
    {
        public const int HugePage = 2 * 1024 * 1024;

        public Block(int size)
            : base(IntPtr.Zero, ownsHandle: true)
        {
            // A huge page must start on a 2 MB boundary; a smaller block needs no more than malloc's own alignment.
            var bytes = NativeMemory.AlignedAlloc((nuint)size, size >= HugePage ? HugePage : 16u);
            SetHandle((IntPtr)bytes);
            if (size >= HugePage && OperatingSystem.IsLinux())
            {
                AskForHugePages(bytes, (nuint)(size & ~(HugePage - 1)));
            }
        }

        public override bool IsInvalid => handle == IntPtr.Zero;

        protected override bool ReleaseHandle()
        {
            NativeMemory.AlignedFree((void*)handle);
            return true;
        }
    }

    /// <summary>Only advice: where the kernel has huge pages off, or no libc is found, the block works as it is.</summary>
    private static unsafe void AskForHugePages(void* address, nuint length)
    {
        const int MadviseHugePage = 14;
        try
        {
            _ = Madvise(address, length, MadviseHugePage);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static unsafe partial int Madvise(void* address, nuint length, int advice);
}
