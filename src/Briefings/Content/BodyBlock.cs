using System.Runtime.InteropServices;

namespace Briefings.Content;

/// <summary>
/// A block of native memory, outside the collected heap, that the bodies read from files keep their UTF-8 in, one after
/// another. As arrays, the bodies were 51 of the 88 MB the load stage left alive on 10,000 briefs, and its collections
/// copied them from generation to generation, and the Markdown stage's full collections marked them again
/// (bench/README.md, "Bodies outside the collected heap"). A block is freed as soon as every body in it has been
/// released, as a full build releases each once rendered, and no thread adds to it any more; a block whose bodies are
/// kept (serve, a build that stopped early) is freed once none of them is reachable: a body keeps its block alive
/// while it reads from it (<see cref="GC.KeepAlive"/>).
/// </summary>
internal sealed unsafe class BodyBlock
{
    private const int Size = 256 * 1024;

    /// <summary>
    /// glibc serves an allocation this size as a mapping of its own, given back to the system when freed, but once such a
    /// mapping is freed it raises its threshold past that size, and later blocks then come from its heap, which keeps their
    /// memory after they are freed: a 100,000-brief build peaked at 2,828 MiB instead of 2,322. Setting the threshold
    /// fixes it where it is, at glibc's default (a 100,000-brief build: 2,329 MiB, time unchanged). Elsewhere (other C
    /// libraries, other systems) nothing is set.
    /// </summary>
    static BodyBlock()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = SetMallocOption(MmapThreshold, 128 * 1024);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc.
        }
    }

    private const int MmapThreshold = -3;

    [DllImport("libc.so.6", EntryPoint = "mallopt")]
    private static extern int SetMallocOption(int option, int value);

    [ThreadStatic]
    private static BodyBlock? t_current;

    private nint _start = (nint)NativeMemory.Alloc(Size);

    private int _used;

    /// <summary>The bodies in the block not yet released, and one more while a thread still adds to it.</summary>
    private int _holds = 1;

    ~BodyBlock() => Free();

    /// <summary>
    /// Copies <paramref name="utf8"/> into the thread's current block, at <paramref name="offset"/>; the body must
    /// <see cref="Release"/> it. Null for an empty body or one too large for a block, which keeps an array instead.
    /// </summary>
    public static BodyBlock? Add(ReadOnlySpan<byte> utf8, out int offset)
    {
        offset = 0;
        if (utf8.IsEmpty || utf8.Length > Size / 4)
        {
            return null;
        }

        var current = t_current;
        if (current is null || Size - current._used < utf8.Length)
        {
            current?.Release();
            t_current = current = new BodyBlock();
        }

        Interlocked.Increment(ref current._holds);
        offset = current._used;
        utf8.CopyTo(new Span<byte>((byte*)current._start + offset, utf8.Length));
        current._used += utf8.Length;
        return current;
    }

    /// <summary>Whether the block's memory has been given back, for tests.</summary>
    internal bool IsFreed => Volatile.Read(ref _start) == 0;

    /// <summary>Bytes of the block: valid while the block is reachable and the body they belong to not released.</summary>
    public ReadOnlySpan<byte> Bytes(int offset, int length) => new((byte*)_start + offset, length);

    /// <summary>Gives up one hold on the block: a body's, once it no longer reads its bytes, or the filling thread's.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _holds) == 0)
        {
            Free();
            GC.SuppressFinalize(this);
        }
    }

    private void Free()
    {
        var start = Interlocked.Exchange(ref _start, 0);
        if (start != 0)
        {
            NativeMemory.Free((void*)start);
        }
    }
}
