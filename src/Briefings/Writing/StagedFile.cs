using Microsoft.Win32.SafeHandles;

namespace Briefings.Writing;

/// <summary>
/// A file of a build written into its staging folder a piece at a time as it is made, each piece compared on the way
/// with the same bytes of the previous site's file, so that <see cref="SiteWriter"/> can still link an unchanged file
/// from the previous site, as it does an unchanged page, without reading either file again.
/// </summary>
internal sealed class StagedFile : OutputFile
{
    private const int PieceSize = 1024 * 1024;

    private readonly string _path;
    private readonly Action<bool> _completed;
    private readonly SafeFileHandle _handle;
    private byte[] _piece = OutputBuffers.Pool.Rent(PieceSize);
    private byte[]? _previousBytes;
    private int _used;
    private long _offset;
    private bool _ended;

    /// <summary>The previous site's file while every byte so far matches it; null once one does not, or if there is none.</summary>
    private SafeFileHandle? _previous;

    /// <param name="completed">Told, once the file is complete, whether it has the previous file's bytes exactly.</param>
    public StagedFile(string path, string? previousPath, Action<bool> completed)
    {
        _path = path;
        _completed = completed;
        _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        if (previousPath is not null)
        {
            try
            {
                // A link in the previous site is not the tool's; it is never linked to, as SiteWriter never links one.
                var info = new FileInfo(previousPath);
                _previous = info.Exists && info.LinkTarget is null ? File.OpenHandle(previousPath, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _previous = null;
            }
        }
    }

    public override void Advance(int count) => _used += count;

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _piece.AsMemory(_used);
    }

    public override Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _piece.AsSpan(_used);
    }

    public override void Complete()
    {
        ObjectDisposedException.ThrowIf(_ended, this);
        WritePiece();
        var same = _previous is not null && RandomAccess.GetLength(_previous) == _offset;
        _ended = true;
        Close();
        _completed(same);
    }

    public override void Dispose()
    {
        if (!_ended)
        {
            // Not complete: a failed build, whose staging folder goes too; nothing half-written stays meanwhile.
            _ended = true;
            Close();
            File.Delete(_path);
        }
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_piece.Length - _used >= needed)
        {
            return;
        }

        WritePiece();
        if (needed > _piece.Length)
        {
            OutputBuffers.Pool.Return(_piece);
            _piece = OutputBuffers.Pool.Rent(needed);
        }
    }

    private void WritePiece()
    {
        if (_used == 0)
        {
            return;
        }

        var bytes = _piece.AsSpan(0, _used);
        RandomAccess.Write(_handle, bytes, _offset);
        if (_previous is not null && !PreviousHas(bytes))
        {
            _previous.Dispose();
            _previous = null;
        }

        _offset += _used;
        _used = 0;
    }

    /// <summary>Whether the previous file holds <paramref name="bytes"/> where this piece goes.</summary>
    private bool PreviousHas(ReadOnlySpan<byte> bytes)
    {
        if (_previousBytes is null || _previousBytes.Length < bytes.Length)
        {
            if (_previousBytes is not null)
            {
                OutputBuffers.Pool.Return(_previousBytes);
            }

            _previousBytes = OutputBuffers.Pool.Rent(bytes.Length);
        }

        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(_previous!, _previousBytes.AsSpan(read, bytes.Length - read), _offset + read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return _previousBytes.AsSpan(0, bytes.Length).SequenceEqual(bytes);
    }

    private void Close()
    {
        _handle.Dispose();
        _previous?.Dispose();
        _previous = null;
        OutputBuffers.Pool.Return(_piece);
        _piece = [];
        if (_previousBytes is not null)
        {
            OutputBuffers.Pool.Return(_previousBytes);
            _previousBytes = null;
        }
    }
}
