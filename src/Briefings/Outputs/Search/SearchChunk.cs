using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Briefings.Writing;

namespace Briefings.Outputs.Search;

/// <summary>
/// Writes one file of the index as a script that hands its JSON to the page, <c>briefingsSearchChunk("t/12",{…});</c>:
/// the page loads a chunk by adding a script element, since browsers refuse fetch() on file:// pages and the site must
/// work straight from disk. Each file's name travels inside it, so the page knows which of the scripts it asked for ran.
/// </summary>
internal static class SearchChunk
{
    public const string Folder = "search/";

    public const string Callback = "briefingsSearchChunk";

    /// <summary>The default encoder escapes &lt;, &gt; and &amp; too, so no term or title can close a script.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes <c>search/<paramref name="name"/>.js</c> and records its content hash in <paramref name="hashes"/>.</summary>
    public static void Write(IOutputWriter writer, ChunkHashes hashes, string name, Action<Utf8JsonWriter> body, int sizeHint = 16 * 1024)
    {
        var buffer = new PooledBufferWriter(sizeHint);
        try
        {
            buffer.Write(Encoding.UTF8.GetBytes($"{Callback}(\"{name}\","));
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                body(json);
            }

            buffer.Write(");\n"u8);
            hashes.Add(name, buffer.WrittenSpan);
            buffer.WriteTo(writer, $"{Folder}{name}.js");
        }
        finally
        {
            buffer.Dispose();
        }
    }
}
