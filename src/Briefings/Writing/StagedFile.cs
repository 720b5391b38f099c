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
    private readonly PooledBufferWriter _piece = new(PieceSize);
    private byte[]? _previousBytes;
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

    public override void Advance(int count) => _piece.Advance(count);

    public override Memory<byte> GetMemory(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _piece.GetMemory(sizeHint);
    }

    public override Span<byte> GetSpan(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _piece.GetSpan(sizeHint);
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

    /// <summary>Writes the piece out where what is asked for does not fit after it; a larger ask then grows the buffer.</summary>
    private void MakeRoom(int sizeHint)
    {
        if (_piece.FreeCapacity < Math.Max(sizeHint, 1))
        {
            WritePiece();
        }
    }

    private void WritePiece()
    {
        if (_piece.WrittenCount == 0)
        {
            return;
        }

        var bytes = _piece.WrittenSpan;
        RandomAccess.Write(_handle, bytes, _offset);
        if (_previous is not null && !PreviousHas(bytes))
        {
            _previous.Dispose();
            _previous = null;
        }

        _offset += bytes.Length;
        _piece.Clear();
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

        if (!FileRanges.TryRead(_previous!, _previousBytes.AsSpan(0, bytes.Length), _offset))
        {
            return false;
        }

        return _previousBytes.AsSpan(0, bytes.Length).SequenceEqual(bytes);
    }

    private void Close()
    {
        _handle.Dispose();
        _previous?.Dispose();
        _previous = null;
        _piece.Dispose();
        if (_previousBytes is not null)
        {
            OutputBuffers.Pool.Return(_previousBytes);
            _previousBytes = null;
        }
    }
}
