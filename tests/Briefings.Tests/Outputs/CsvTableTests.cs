using System.Text;
using Briefings.Outputs.Data;
using Briefings.Writing;

namespace Briefings.Tests.Outputs;

/// <summary>
/// A CSV table encodes each field into its buffer as it comes; the simple form builds the whole text, each field
/// defused and quoted, and encodes it at the end. Both must give the same bytes, whatever the fields hold.
/// </summary>
public sealed class CsvTableTests
{
    [Fact]
    public void Random_fields_come_out_as_the_whole_text_encoded_at_once()
    {
        string?[] pieces = [null, "", "a", "Zürich", ",", "\"", "\r", "\n", "\r\n", "=", "+", "-", "@", "\t", "'", " ", "東京", "🤝",
            "\uD83E", "\uDD1D", "x\"y", "=SUM(A1)"];
        var random = new Random(20261206);
        for (var table = 0; table < 200; table++)
        {
            var columns = random.Next(1, 6);
            var header = Enumerable.Range(0, columns).Select(i => $"c{i}").ToArray();
            var writer = new MemoryWriter();
            using var fast = new CsvTable(writer, "t.csv", header);
            var simple = new StringBuilder("\uFEFF" + string.Join(",", header) + "\r\n");
            for (var row = random.Next(0, 20); row > 0; row--)
            {
                for (var column = 0; column < columns; column++)
                {
                    var value = random.Next(4) == 0 ? pieces[random.Next(pieces.Length)]
                        : string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
                    fast.Field(value);
                    simple.Append(Simple(value)).Append(column == columns - 1 ? "\r\n" : ",");
                }
            }

            fast.Complete();
            Assert.Equal(Encoding.UTF8.GetBytes(simple.ToString()), writer.Bytes);
        }
    }

    /// <summary>A field as RFC 4180 and the defusing of formulas have it, in the plainest form.</summary>
    private static string Simple(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && "=+-@\t\r".Contains(text[0]))
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private sealed class MemoryWriter : IOutputWriter
    {
        public byte[] Bytes { get; private set; } = [];

        public void Write(string relativePath, ReadOnlySpan<byte> bytes) => Bytes = bytes.ToArray();
    }
}
