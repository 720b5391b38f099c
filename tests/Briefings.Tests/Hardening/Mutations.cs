using System.Text;

namespace Briefings.Tests.Hardening;

public enum MutationKind
{
    Truncate,
    InsertRandomBytes,
    DuplicateLines,
    DeleteLines,
    BreakIndentation,
    SwapQuotes,
    HostileYaml,
}

/// <summary>
/// The ways the fuzz test damages a file, each the kind of damage an editor, a merge or a bad copy does.
/// Works on bytes and lines split at '\n', so CRLF, a BOM and invalid UTF-8 survive or appear as they would.
/// </summary>
public static class Mutations
{
    /// <summary>Characters that mean something to YAML, Markdown or the wikilink syntax; random bytes rarely reach past the UTF-8 check.</summary>
    private static readonly string[] Tokens =
    [
        ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "#", "&a ", "*a", "!", "|", ">", "'", "\"", "%", "@", "`", "\t", "\n", "\r\n",
        "---\n", "...\n", "[[", "]]", "[[keir-starmer]]", "<script>", "](javascript:x)", "\\", "\u00a0", "\u200b", "é", "🙂", "  ", "? ",
    ];

    public static byte[] Apply(MutationKind kind, byte[] bytes, Random random) => kind switch
    {
        MutationKind.Truncate => bytes[..random.Next(bytes.Length + 1)],
        MutationKind.InsertRandomBytes => Insert(bytes, random),
        MutationKind.DuplicateLines => EditLines(bytes, random, (lines, start, count) => lines.InsertRange(start + count, lines.GetRange(start, count))),
        MutationKind.DeleteLines => EditLines(bytes, random, (lines, start, count) => lines.RemoveRange(start, count)),
        MutationKind.BreakIndentation => EditLines(bytes, random, (lines, start, _) => lines[start] = Reindent(lines[start], random)),
        MutationKind.SwapQuotes => SwapQuotes(bytes, random),
        MutationKind.HostileYaml => EditLines(bytes, random, (lines, _, _) =>
            lines.Insert(Math.Min(lines.Count, 1 + random.Next(8)), Encoding.UTF8.GetBytes(Hardening.HostileYaml.Random(random)))),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] Insert(byte[] bytes, Random random)
    {
        var at = random.Next(bytes.Length + 1);
        byte[] insert;
        if (random.Next(3) == 0)
        {
            insert = new byte[random.Next(1, 17)];
            random.NextBytes(insert);
        }
        else
        {
            insert = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => Tokens[random.Next(Tokens.Length)])));
        }

        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private static byte[] EditLines(byte[] bytes, Random random, Action<List<byte[]>, int, int> edit)
    {
        var lines = Split(bytes);
        var start = random.Next(lines.Count);
        var count = Math.Min(random.Next(1, 4), lines.Count - start);
        edit(lines, start, count);
        return Join(lines);
    }

    private static byte[] Reindent(byte[] line, Random random)
    {
        var indent = line.TakeWhile(b => b is (byte)' ' or (byte)'\t').Count();
        var rest = line[indent..];
        byte[] newIndent = random.Next(4) switch
        {
            0 => [],
            1 => [.. Enumerable.Repeat((byte)' ', indent + 1)],
            2 => [.. Enumerable.Repeat((byte)' ', Math.Max(0, indent - 1))],
            _ => [(byte)'\t', .. Enumerable.Repeat((byte)' ', indent)],
        };
        return [.. newIndent, .. rest];
    }

    private static byte[] SwapQuotes(byte[] bytes, Random random)
    {
        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] is (byte)'"' or (byte)'\'').ToList();
        if (quotes.Count == 0)
        {
            return Insert(bytes, random);
        }

        var result = (byte[])bytes.Clone();
        switch (random.Next(3))
        {
            case 0:
                // One quote turned into the other: an unbalanced string.
                var one = quotes[random.Next(quotes.Count)];
                result[one] = result[one] == (byte)'"' ? (byte)'\'' : (byte)'"';
                return result;
            case 1:
                // Every quote of the file swapped, as a find-and-replace gone wrong.
                foreach (var i in quotes)
                {
                    result[i] = result[i] == (byte)'"' ? (byte)'\'' : (byte)'"';
                }

                return result;
            default:
                // A word processor's curly quote in place of a straight one.
                var at = quotes[random.Next(quotes.Count)];
                return [.. bytes[..at], .. "“"u8, .. bytes[(at + 1)..]];
        }
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..(i + 1)]);
                start = i + 1;
            }
        }

        lines.Add(bytes[start..]);
        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany(line => line)];
}
