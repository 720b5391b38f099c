using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// The built-in templates and assets: the theme every site gets, embedded in the tool from the repository's
/// templates/. A site overrides it file by file, so a site that copies only what it changes keeps every later fix
/// to the rest. A build takes its theme as a value, not from the assembly directly, so that a test can stand a
/// changed theme in for the embedded one, as a newer version of the tool would bring.
/// </summary>
public sealed class BuiltInTheme
{
    private const string ResourcePrefix = "templates/";

    private static readonly Lazy<BuiltInTheme> LazyEmbedded = new(() => new BuiltInTheme(ReadEmbedded()));

    private readonly FrozenDictionary<string, byte[]> _files;

    private BuiltInTheme(IEnumerable<(string Name, byte[] Bytes)> files)
    {
        _files = files.ToFrozenDictionary(f => f.Name, f => f.Bytes, StringComparer.Ordinal);
        Names = [.. _files.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The theme embedded in this tool.</summary>
    public static BuiltInTheme Embedded => LazyEmbedded.Value;

    /// <summary>Every file's name relative to templates/ (<c>brief.html</c>, <c>partials/quote.html</c>, <c>assets/style.css</c>), in ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>A theme of the given files: what a test builds with in place of the embedded one.</summary>
    public static BuiltInTheme From(IEnumerable<(string Name, byte[] Bytes)> files) => new(files);

    public bool Contains(string name) => _files.ContainsKey(name);

    public byte[] Bytes(string name) => _files[name];

    /// <summary>Every file with its bytes, in name order.</summary>
    public IEnumerable<(string Name, byte[] Bytes)> Files => Names.Select(n => (n, _files[n]));

    /// <summary>The SHA-256 of a file, lower-case hex: what the eject record keeps of the built-in version a copy came from.</summary>
    public string Hash(string name) => HashOf(_files[name]);

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static IEnumerable<(string, byte[])> ReadEmbedded()
    {
        var assembly = typeof(BuiltInTheme).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (resource[ResourcePrefix.Length..].Replace('\\', '/'), buffer.ToArray());
        }
    }
}
