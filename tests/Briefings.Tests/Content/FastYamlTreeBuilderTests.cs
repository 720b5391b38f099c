using System.Text;
using Briefings.Content;
using Briefings.Tests.Support;

namespace Briefings.Tests.Content;

/// <summary>
/// The hand-written front-matter reader must either decline or build exactly the tree YamlDotNet's events
/// give: every node's kind, value, style, tag, line and column, since diagnostics point at them.
/// </summary>
public sealed class FastYamlTreeBuilderTests
{
    /// <summary>Inputs the fast path must take, each a construct real front-matter uses.</summary>
    public static TheoryData<string> Taken() => new()
    {
        "title: x\n",
        "title: x",
        "title: \"Starmer hosts Zelenskyy\"\ndate: 2025-12-08\ndraft: false\nweight: 1.5\n",
        "key:   value\nother:      \"quoted\"\nlast:  'single'\n",
        "a: x   \nb: \"y\"   \nc: [a]   \n",
        "a: x # a comment\nb: \"y\"  # another\nc: 'z' #third\nd: [a, b] # fourth\n",
        "# leading comment\n\na: 1\n   # indented comment\n\n# col 0 comment\nb: 2\n\n",
        "a:\nb: 1\n",
        "a:",
        "a:   \n",
        "a:   # nothing here\nb: 1\n",
        "a: #x\n",
        "a:\n  b:\nc: 1\n",
        "a:\n  b:\n",
        "a:\n  - x\n  - y\nb: [p, q]\n",
        "a:\n    - x\n    - y\n",
        "a:\n  -   x\n  -  \"y\"\n  - 'z'\n",
        "a:\n- x\n- y\nb: 1\n",
        "quotes:\n  - by: x\n    text: y\n  - by: z\n    text: \"w\"\n",
        "quotes:\n- by: x\n  text: y\n-   by: z\n    text: w\n",
        "quotes:\n  -   by: x\n      text: y\n",
        "commitments:\n  - id: a\n    by:\n    to: c\n  - id: b\n    conditions: [\"x\", y]\n    source:\n      title: t\n      url: u\n    tags:\n    - p\n    - q\n    status: offered\nafter: 1\n",
        "- tags:\n  - a\n  - b\n  x: 1\n- by: y\n".Insert(0, "list:\n"),
        "a:\n  - [a, b]\n  - []\n",
        "a: [a, b-c]\nb: [ a , \"b c\" , 'd' ]\nc: []\nd: [ ]\ne: [a b, c]\nf: [a,b]\n",
        "b: \"q\\\"r\\\\s\\n\\t\\/\"\n",
        "a: 'it''s'\nb: 'back\\slash'\nc: ''\nd: \"\"\n",
        "title: \"Zelenskyy’s ünïcode “quoted” — dash\"\nplain: é ñ 中文\n",
        "a: [😀, b, \"😀\", c]\nb: 😀😀 x\nc: \"😀\" # c\n",
        "d: x:y\nurl: https://example.org/a#b\nc: b#c\ne: a:b:c\n",
        "a: x, y {z} [w] &e *f !g |h >i %j @k `l\nb: it's \"q\"\nc: (a) /b \\c ~d\n",
        "a: ~\nb: null\nc: true\nd: 2025-12-08\ne: 1.5\nf: <<\ng: ...\n",
        "k: v\nk2: 1\nk_3: a\n3k: b\na-b: c\nCamelCase: d\n",
        "a:\n  b:\n    c:\n      d: 1\n      e: [x]\n  f: 2\n",
        "a:\n  - x\n\n  # between items\n  - y\n",
        "a: x\n  # deeper comment\nb: y\n",
        "a: x\u00A0\nb: \u00A0y\n",
        "long: " + new string('x', 5000) + "\n",
        "a: [a&b, c*d, e!f, g|h, i>j, k%l, m@n, o`p, q-r, s.t, u/v, \"w,x\", 'y]z']\n",
        "l:\n- x:\n- y:\n  z:\n",
        "k-: 1\n_k: 2\n",
        "name: \"Blaise Metreweli\"\naliases: [\"Metreweli\"]\nrole: \"Chief of the Secret Intelligence Service (MI6)\"\norganization: mi6\n",
        // A hurried author's mistakes, which the readers report from the tree alone, so both must build the same one.
        "title: x\ndate: 2026-13-01\nspeaker: [councillor-reeve]\nTitle: y\nsummaries: s\nquotes:\n  - by: councillor-reeve\n    contxt: c\n",
    };

    /// <summary>Inputs outside the plain subset, or that YamlDotNet reads in ways not worth imitating: the fast path must decline.</summary>
    public static TheoryData<string> Declined() => new()
    {
        "a: &x 1\nb: *x\n",
        "b: *x\n",
        "a: !tag x\n",
        "a: !!str 1\n",
        "? a\n: b\n",
        "a: |\n  x\n",
        "a: >\n  x\n",
        "a: |-\n  x\n",
        "a: x\n  y\n",
        "a: x\n  - y\n",
        "a: \"x\n  y\"\n",
        "a: 'x\n  y'\n",
        "a: {b: c}\n",
        "a: [a, [b]]\n",
        "a: [a, {b: c}]\n",
        "a: [a,\n  b]\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "%YAML 1.1\n---\na: 1\n",
        "a:\n\tb: 1\n",
        "a:\tb\n",
        "a: \"x\ty\"\n",
        "a: 1\na: 2\n",
        "a:\n  b: 1\n  b: 2\n",
        "- by: x\n  by: y\n".Insert(0, "q:\n"),
        "a: \"\\x41\"\n",
        "a: \"\\u00e9\"\n",
        "a: \"\\ \"\n",
        "a: \"\\e\"\n",
        "a: \"x\\\n  y\"\n",
        "key: a: b\n",
        "key: a:\n",
        "a: @x\n",
        "a: `x\n",
        "a: %x\n",
        "a: ,x\n",
        "a: ]x\n",
        "a: }x\n",
        "a: -1\n",
        "a: ---\n",
        "a: - x\n",
        "a: ?x\n",
        "a: :x\n",
        "a: 1\r\nb: 2\r\n",
        "\"a\": 1\n",
        "'a': 1\n",
        "a b: 1\n",
        "a : 1\n",
        "a:b\n",
        "- a\n",
        "x\n",
        "",
        "# only a comment\n",
        "  a: 1\n",
        "a: \"x\"y\n",
        "a: \"x\"#c\n",
        "a: [a]b\n",
        "a: [a]#c\n",
        "a: [a,]\n",
        "a: [,a]\n",
        "a: [a:b]\n",
        "a: [a #b]\n",
        "a: ['a'b]\n",
        "a: [a\n",
        "a:\n  -\n  - x\n",
        "a:\n  - # c\n",
        "a:\n  -\n    b: 1\n",
        "a:\n  - - x\n",
        "q:\n- by: x\n text: y\n",
        "a:\n  b: 1\n c: 2\n",
        "a:\n  x\n",
        "a: 1\n- x\n",
        "a:\n  - x\n  b: 1\n",
        "a: x\u0001\n",
        "a: x\u0085y\n",
        "a: x\u2028y\n",
        "\uFEFFa: 1\n",
        "é: 1\n",
        new string('k', 200) + ": 1\n",
    };

    [Theory]
    [MemberData(nameof(Taken))]
    public void Takes_plain_front_matter_and_builds_what_YamlDotNet_builds(string yaml)
    {
        Assert.True(FastYamlTreeBuilder.TryBuild(yaml.AsMemory(), out _), "the fast path declined");
        AssertSameAsYamlDotNet(yaml);
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void Declines_everything_outside_the_plain_subset(string yaml)
    {
        Assert.False(FastYamlTreeBuilder.TryBuild(yaml.AsMemory(), out _), "the fast path took it");
    }

    [Fact]
    public void Declines_lone_surrogates_and_non_characters()
    {
        // Built here, as xunit would turn a lone surrogate in theory data into U+FFFD on the way.
        foreach (var yaml in new[] { "a: x" + '\uD800' + "\n", "a: x" + '\uDC00' + "y\n", "a: x" + '\uFFFE' + "\n" })
        {
            Assert.False(FastYamlTreeBuilder.TryBuild(yaml.AsMemory(), out _));
        }
    }

    [Fact]
    public void Every_front_matter_block_of_the_sample_site_reads_the_same_and_its_briefs_take_the_fast_path()
    {
        var files = Directory.GetFiles(Path.Combine(SampleSite.Root, "content"), "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var yaml = FrontMatterOf(File.ReadAllText(file, Encoding.UTF8));
            AssertSameAsYamlDotNet(yaml, file);
            if (file.Contains($"{Path.DirectorySeparatorChar}briefs{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                Assert.True(FastYamlTreeBuilder.TryBuild(yaml.AsMemory(), out _), $"the fast path declined {file}");
            }
        }
    }

    /// <summary>
    /// Damaged copies of the sample's front-matter, cut where YAML is most sensitive: whatever the fast path
    /// still takes must read the same in YamlDotNet, which must not find it malformed.
    /// </summary>
    [Fact]
    public void Damaged_front_matter_is_declined_or_read_the_same()
    {
        var seeds = Directory.GetFiles(Path.Combine(SampleSite.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => FrontMatterOf(File.ReadAllText(file, Encoding.UTF8)))
            .ToArray();
        string[] pieces = [": ", "- ", " #", "\n  ", "\n- ", "\"", "'", "[a, ", "]", "\\n", "\\", "''", "  "];
        const string Characters = " \n-:#'\"[]{},&*!|>%@`?\t\\x.~a0";
        var random = new Random(20251215);
        var taken = 0;
        for (var n = 0; n < 5000; n++)
        {
            var yaml = new StringBuilder(seeds[random.Next(seeds.Length)]);
            for (var edits = 1 + random.Next(3); edits > 0; edits--)
            {
                var at = random.Next(yaml.Length);
                _ = random.Next(4) switch
                {
                    0 => yaml.Insert(at, Characters[random.Next(Characters.Length)]),
                    1 => yaml.Remove(at, 1),
                    2 => yaml.Remove(at, 1).Insert(at, Characters[random.Next(Characters.Length)]),
                    _ => yaml.Insert(at, pieces[random.Next(pieces.Length)]),
                };
            }

            var text = yaml.ToString();
            taken += FastYamlTreeBuilder.TryBuild(text.AsMemory(), out _) ? 1 : 0;
            AssertSameAsYamlDotNet(text, $"damaged copy {n}: {text}");
        }

        // The damage must leave enough for the fast path to take, or the comparison proves nothing.
        Assert.True(taken > 1000, $"only {taken} damaged copies taken");
    }

    [Fact]
    public void Front_matter_with_CRLF_line_ends_reads_as_with_LF()
    {
        var lf = "---\ntitle: \"x\"\nquotes:\n  - by: a\n    text: b # c\nempty:\n---\nBody.\n";
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var fromLf = FrontMatterParser.Parse("lf.md", Encoding.UTF8.GetBytes(lf), new Diagnostics.DiagnosticBag());
        var fromCrlf = FrontMatterParser.Parse("crlf.md", Encoding.UTF8.GetBytes(crlf), new Diagnostics.DiagnosticBag());

        Assert.NotNull(fromLf);
        Assert.NotNull(fromCrlf);
        AssertSameTree(fromLf.Root, fromCrlf.Root, "root");
    }

    /// <summary>Whatever the fast path takes, YamlDotNet must read the same; whatever it declines is not its concern.</summary>
    private static void AssertSameAsYamlDotNet(string yaml, string what = "yaml")
    {
        if (!FastYamlTreeBuilder.TryBuild(yaml.AsMemory(), out var fast))
        {
            return;
        }

        var guarded = YamlGuard.Check("fast.md", yaml.AsMemory(), firstLine: 1, new Diagnostics.DiagnosticBag());
        Assert.True(guarded is not null, $"{what}: the guard refused what the fast path took");
        var slow = YamlModelLoader.Load(guarded);
        Assert.Equal(slow.Count, fast.Count);
        AssertSameTree(slow.First, fast.First, $"{what}: first document");
        AssertSameTree(slow.Second, fast.Second, $"{what}: second document");
    }

    internal static void AssertSameTree(YamlTreeNode? expected, YamlTreeNode? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
            return;
        }

        Assert.True(expected.GetType() == actual.GetType(), $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
        Assert.True((expected.Line, expected.Column) == (actual.Line, actual.Column), $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
        Assert.True(expected.Tag == actual.Tag, $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
        switch (expected)
        {
            case YamlTreeScalar scalar:
                var other = (YamlTreeScalar)actual;
                Assert.True(scalar.Value == other.Value && scalar.Style == other.Style, $"{path}: expected {Describe(expected)}, got {Describe(actual)}");
                break;
            case YamlTreeSequence sequence:
                var items = ((YamlTreeSequence)actual).Items;
                Assert.True(sequence.Items.Length == items.Length, $"{path}: expected {sequence.Items.Length} items, got {items.Length}");
                for (var i = 0; i < items.Length; i++)
                {
                    AssertSameTree(sequence.Items[i], items[i], $"{path}[{i}]");
                }

                break;
            case YamlTreeMapping mapping:
                var entries = ((YamlTreeMapping)actual).Entries;
                Assert.True(mapping.Entries.Length == entries.Length, $"{path}: expected {mapping.Entries.Length} entries, got {entries.Length}");
                for (var i = 0; i < entries.Length; i++)
                {
                    AssertSameTree(mapping.Entries[i].Key, entries[i].Key, $"{path}{{key {i}}}");
                    AssertSameTree(mapping.Entries[i].Value, entries[i].Value, $"{path}{{value {i}}}");
                }

                break;
            default:
                Assert.Fail($"{path}: unexpected node {Describe(expected)}");
                break;
        }
    }

    private static string Describe(YamlTreeNode? node) => node switch
    {
        null => "nothing",
        YamlTreeScalar s => $"scalar {s.Style} '{s.Value}' tag {s.Tag ?? "none"} at {s.Line}:{s.Column}",
        _ => $"{node.GetType().Name} tag {node.Tag ?? "none"} at {node.Line}:{node.Column}",
    };

    /// <summary>The block between the first two marker lines, as <see cref="FrontMatterParser"/> hands it to the YAML reader.</summary>
    internal static string FrontMatterOf(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("---", lines[0].TrimEnd());
        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        Assert.True(end > 0, "the front-matter block is not closed");
        return string.Concat(lines[1..end].Select(line => line + "\n"));
    }
}
