using Microsoft.Win32.SafeHandles;

namespace Briefings.Writing;

/// <summary>Reads a whole range of a file: <see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/> may read less than asked.</summary>
internal static class FileRanges
{
    /// <summary>Fills <paramref name="into"/> from <paramref name="offset"/>; false where the file ends first.</summary>
    public static bool TryRead(SafeFileHandle file, Span<byte> into, long offset)
    {
        for (var read = 0; read < into.Length;)
        {
            var n = RandomAccess.Read(file, into[read..], offset + read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }
}
