namespace Briefings.Writing;

/// <summary>
/// The folder a build writes into before it is swapped in for the output: beside the output, named after
/// it, and holding a locked file while its build runs. A build that was killed leaves one behind; the
/// next build of the same output removes it once it has shown the folder is the tool's own.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    internal const string LockName = ".briefings-staging";
    internal static readonly byte[] LockText = "briefings staging folder\n"u8.ToArray();

    /// <summary>The folders this process made and has not yet removed or swapped in (<see cref="RemoveAbandoned"/>).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Made = new(StringComparer.Ordinal);

    private FileStream? _lock;
    private bool _gone;

    private StagingFolder(string path, FileStream lockFile)
    {
        Path = path;
        _lock = lockFile;
    }

    public string Path { get; }

    public static StagingFolder Create(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(target);
        var path = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.staging-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        Made[path] = 0;
        FileStream? lockFile = null;
        try
        {
            // FileShare.None is a lock other processes see: a later build leaves this folder alone while it is held.
            lockFile = new FileStream(System.IO.Path.Combine(path, LockName), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
            lockFile.Write(LockText);
            lockFile.Flush();
            return new StagingFolder(path, lockFile);
        }
        catch
        {
            lockFile?.Dispose();
            Directory.Delete(path, recursive: true);
            Made.TryRemove(path, out _);
            throw;
        }
    }

    /// <summary>
    /// Swaps this folder in for <paramref name="target"/>, which must be the tool's own, and removes what it
    /// replaced. When a step fails, the target is put back as it was and this folder is removed on disposal.
    /// </summary>
    public void Promote(string target)
    {
        ReleaseLock();
        if (!Directory.Exists(target))
        {
            Directory.Move(Path, target);
            _gone = true;
            Made.TryRemove(Path, out _);
            return;
        }

        OutputOwnership.Demand(target);
        var retired = Path.Replace(".staging-", ".retired-", StringComparison.Ordinal);
        Made[retired] = 0;
        Directory.Move(target, retired);
        try
        {
            Directory.Move(Path, target);
        }
        catch
        {
            Directory.Move(retired, target);
            throw;
        }

        _gone = true;
        Made.TryRemove(Path, out _);
        // Shown to be the tool's own just before it was moved aside.
        Directory.Delete(retired, recursive: true);
        Made.TryRemove(retired, out _);
    }

    /// <summary>Removes the folder unless it became the output; it holds only what this build wrote.</summary>
    public void Dispose()
    {
        ReleaseLock();
        if (!_gone && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }

        _gone = true;
        Made.TryRemove(Path, out _);
    }

    /// <summary>
    /// Removes the folders this process made that a failure left behind: one that struck while a folder was being
    /// removed (running out of memory, say) leaves it half removed. Called once the failure has unwound and let go of
    /// what it held; a folder that still cannot be removed is left for the next build (<see cref="RemoveLeftovers"/>).
    /// </summary>
    public static void RemoveAbandoned()
    {
        foreach (var path in Made.Keys)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                Made.TryRemove(path, out _);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next build of the same output removes it.
            }
        }
    }

    private void ReleaseLock()
    {
        if (_lock is null)
        {
            return;
        }

        _lock.Dispose();
        _lock = null;
        File.Delete(System.IO.Path.Combine(Path, LockName));
    }

    /// <summary>
    /// Removes the staging and retired folders that killed builds of <paramref name="target"/> left: each is
    /// removed only when it is the tool's own (a staging folder whose lock no live build holds, or a folder whose
    /// marker lists all it holds), and one that cannot be removed is left for the next build.
    /// </summary>
    private static void RemoveLeftovers(string target)
    {
        var parent = System.IO.Path.GetDirectoryName(target)!;
        var name = System.IO.Path.GetFileName(target);
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            try
            {
                if (IsLeftover(folder, name))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Held by a live build, or not ours to judge: left as it is.
            }
        }
    }

    private static bool IsLeftover(string folder, string targetName)
    {
        var suffix = System.IO.Path.GetFileName(folder)[(targetName.Length + 1)..];
        var isStaging = suffix.StartsWith(".staging-", StringComparison.Ordinal);
        if (!(isStaging || suffix.StartsWith(".retired-", StringComparison.Ordinal)) || !Guid.TryParseExact(suffix[9..], "N", out _) ||
            new DirectoryInfo(folder).LinkTarget is not null)
        {
            return false;
        }

        var lockPath = System.IO.Path.Combine(folder, LockName);
        if (isStaging && File.Exists(lockPath))
        {
            // Opening it fails while a live build holds it; its text shows the tool wrote it.
            using var lockFile = new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            var text = new byte[LockText.Length + 1];
            var read = lockFile.Read(text);
            return text.AsSpan(0, read).SequenceEqual(LockText);
        }

        // A retired folder, or a staging folder past its lock (marked, about to be swapped in): a former or
        // would-be output, judged as one.
        return OutputOwnership.Refusal(folder) is null;
    }
}
