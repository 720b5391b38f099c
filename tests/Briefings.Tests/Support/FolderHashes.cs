namespace Briefings.Tests.Support;

/// <summary>Every file of a folder as its relative path and a hash of its bytes: two sites compare equal only when byte-identical.</summary>
public static class FolderHashes
{
    public static List<string> Of(string folder) => Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
        .Select(file => $"{Path.GetRelativePath(folder, file)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))}")
        .Order(StringComparer.Ordinal).ToList();
}
