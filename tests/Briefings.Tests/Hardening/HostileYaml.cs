namespace Briefings.Tests.Hardening;

/// <summary>
/// YAML built to exhaust a parser's model: aliases inside the node they name, and aliases that expand
/// tenfold per level, each hidden behind a quote character that a scan of characters reads as the start
/// of a quoted string (in flow context YAML reads <c>-"</c>, <c>a:'</c> and <c>x"</c> as plain text).
/// </summary>
public static class HostileYaml
{
    public static readonly string[] QuoteTricks = ["-\"", "-'", "a:\"", "a:'", "x\"", "x'", "\"\"", "''", "\\\"", "-\"-'"];

    /// <summary>Levels 'q0' to 'q(n-1)', each a list of ten aliases of the one before, between two quote tricks; 'q5' is the first past the node limit.</summary>
    public static string NestedQuotedAliases(int levels)
    {
        var lines = new List<string> { "q0: &q0 [q]" };
        for (var level = 1; level < levels; level++)
        {
            lines.Add($"q{level}: &q{level} [-\"q, {string.Join(", ", Enumerable.Repeat($"*q{level - 1}", 10))}, q\"]");
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>One hostile block: an alias inside its own anchor as a key or a value, behind a quote trick, in a flow sequence or mapping.</summary>
    public static string Random(Random random)
    {
        var trick = QuoteTricks[random.Next(QuoteTricks.Length)];
        return random.Next(6) switch
        {
            0 => $"? &a [{trick}x, *a, y]\n: 1\n",
            1 => $"k{random.Next(100)}: &a [{trick}x, *a]\n",
            2 => $"? &a {{k: {trick}x, l: *a}}\n: 1\n",
            3 => $"? &a [{trick}, [*a]]\n: 1\n",
            4 => $"? *z{trick}\n: 1\nz: &z [1]\n",
            _ => NestedQuotedAliases(random.Next(2, 9)).Replace("[-\"", "[" + trick, StringComparison.Ordinal),
        };
    }
}
