using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>
/// Reads a content file as UTF-8 text, refusing oversized, binary and mis-encoded files
/// with a diagnostic rather than an exception.
/// </summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, string file, long maxBytes, DiagnosticBag diagnostics)
    {
        using var text = ReadUtf8(fullPath, file, maxBytes, diagnostics);
        return text is null ? null : Encoding.UTF8.GetString(text.Bytes);
    }

    /// <summary>
    /// The file's checked UTF-8 bytes (without a byte-order mark) in a pooled buffer, for callers that decode
    /// only parts of it; dispose it to hand the buffer back.
    /// </summary>
    /// <param name="listedLength">The length the folder listing gave, when it gave one: then the file's status is not asked again.</param>
    public static Utf8Text? ReadUtf8(string fullPath, string file, long maxBytes, DiagnosticBag diagnostics, long? listedLength = null)
    {
        byte[] buffer;
        int length;
        try
        {
            // A named pipe reports no length, and opening one blocks until something writes to it.
            if ((listedLength ?? new FileInfo(fullPath).Length) == 0)
            {
                return Utf8Text.Empty;
            }

            // No read-ahead advice: content files are read whole at once, and the advice was a system call per file.
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
            if (stream.Length > maxBytes)
            {
                diagnostics.Error(Codes.FileTooLarge, file, TextPosition.File,
                    $"file is {stream.Length:N0} bytes, over the limit of {maxBytes:N0}; split it, or raise limits.max_file_bytes in site.config.yml");
                return null;
            }

            length = (int)stream.Length;
            buffer = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                stream.ReadExactly(buffer, 0, length);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.UnreadableFile, file, TextPosition.File, $"cannot read file: {e.Message}");
            return null;
        }

        var bytes = new ReadOnlySpan<byte>(buffer, 0, length);
        if (!Check(ref bytes, file, diagnostics))
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return null;
        }

        return new Utf8Text(buffer, length - bytes.Length, bytes.Length);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics) =>
        Check(ref bytes, file, diagnostics) ? Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Drops a byte-order mark; false, with a diagnostic, for UTF-16, binary or mis-encoded bytes.</summary>
    private static bool Check(ref ReadOnlySpan<byte> bytes, string file, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // Checked before the NUL bytes that UTF-16 text is full of, so the author is told what to fix.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(Codes.InvalidUtf8, file, TextPosition.File, "file is UTF-16, not UTF-8; re-save it with UTF-8 encoding");
            return false;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var at = PositionOfByte(bytes, nul);
            diagnostics.Error(Codes.BinaryFile, file, at, "file holds a NUL byte and looks binary, not Markdown; remove it from content/");
            return false;
        }

        if (Utf8.IsValid(bytes))
        {
            return true;
        }

        try
        {
            // Decoded strictly only to learn where it fails.
            _ = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = PositionOfByte(bytes, Math.Max(0, e.Index));
            var offset = FindInvalidUtf8(bytes);
            if (offset >= 0)
            {
                at = PositionOfByte(bytes, offset);
            }

            diagnostics.Error(Codes.InvalidUtf8, file, at, "file is not valid UTF-8; re-save it with UTF-8 encoding");
            return false;
        }

        return true;
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            index += consumed;
        }

        return -1;
    }

    /// <summary>Line and column (in characters) of a byte offset, counting only the valid text before it.</summary>
    private static TextPosition PositionOfByte(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < before.Length; i++)
        {
            if (before[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return new TextPosition(line, column);
    }
}
