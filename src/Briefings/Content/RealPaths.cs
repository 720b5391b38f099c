using System.Runtime.InteropServices;

namespace Briefings.Content;

/// <summary>
/// The physical path of a file, every symbolic link on the way resolved as the kernel resolves it.
/// .NET resolves a link's target as text, so "sub/../x.md" with 'sub' a link out of the site looks like
/// a file inside it; only realpath(3) sees where a read would really land.
/// </summary>
internal static partial class RealPaths
{
    /// <summary>Null when the path does not exist, or its links loop.</summary>
    public static string? Resolve(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                var info = new FileInfo(path);
                var target = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
                return target is not null && Path.Exists(target) ? Path.GetFullPath(target) : null;
            }
            catch (IOException)
            {
                return null;
            }
        }

        var resolved = RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
