using System.Diagnostics;
using System.Text;
using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hardening;

/// <summary>Hostile and malformed YAML, in front-matter and in the site configuration, added to a site that built before.</summary>
public sealed class YamlInputTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    private static PreviousBuild Site() => PreviousBuild.Of(Sites.WithBrief(Sites.ValidBrief));

    /// <summary>
    /// "Billion laughs": keys 'a' to 'j' on consecutive lines, each an anchored list of ten aliases of the one
    /// before, so 'j' stands for 10^10 values. Counted as expanded, the limit is crossed on the line of 'e'.
    /// </summary>
    private static string Laughs()
    {
        var yaml = new StringBuilder("a: &a [" + string.Join(", ", Enumerable.Repeat("\"lol\"", 10)) + "]\n");
        for (var level = 1; level < 10; level++)
        {
            var name = (char)('a' + level);
            var previous = (char)('a' + level - 1);
            yaml.Append($"{name}: &{name} [{string.Join(", ", Enumerable.Repeat("*" + previous, 10))}]\n");
        }

        return yaml.ToString();
    }

    private static void WriteBrief(PreviousBuild build, string yaml) =>
        build.Site.Write(Brief, "---\n" + Sites.ValidBrief + "\n" + yaml.TrimEnd('\n') + "\n---\nBody.\n");

    [Fact]
    public void Billion_laughs_under_unknown_keys_is_BRF028()
    {
        using var build = Site();
        WriteBrief(build, Laughs());

        var diagnostic = build.Failing().Has(Codes.YamlTooComplex, Brief, 9);

        Assert.Contains("aliases expand to more than 100,000 nodes", diagnostic.Message);
    }

    [Fact]
    public void Billion_laughs_under_a_known_key_is_BRF028()
    {
        using var build = Site();
        build.Site.Write(Brief, "---\ntitle: x\ndate: 2025-12-15\nsource:\n  title: s\n  publisher: &p\n" +
            string.Join("", Laughs().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "    " + l + "\n")) + "topics: *p\n---\n");

        build.Failing().Has(Codes.YamlTooComplex, Brief, 11);
    }

    [Fact]
    public void Billion_laughs_as_a_mapping_key_is_BRF028_at_once()
    {
        using var build = Site();
        WriteBrief(build, Laughs() + "? *j\n: v\n");

        var clock = Stopwatch.StartNew();
        build.Failing().Has(Codes.YamlTooComplex, Brief, 9);

        // Hashing this key alias by alias once took hours.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("x: &a [*a]", 5, 8)]
    [InlineData("x: &a {k: [1, *a]}", 5, 15)]
    [InlineData("topics: &a [peace, *a]", 5, 20)]
    [InlineData("? &a [*a]\n: v", 5, 7)]
    [InlineData("? &a {k: *a}\n: v", 5, 10)]
    public void Alias_inside_the_node_it_names_is_BRF028_not_a_stack_overflow(string yaml, int line, int column)
    {
        using var build = Site();
        WriteBrief(build, yaml);

        var diagnostic = build.Failing().Has(Codes.YamlTooComplex, Brief, line, column);

        Assert.Contains("inside the node it names", diagnostic.Message);
    }

    [Theory]
    [InlineData("? *b\n: 1\ny: &b z", 5, 3)]
    [InlineData("x: *nothing", 5, 4)]
    [InlineData("x: [*b]\ny: &b z", 5, 5)]
    public void Alias_before_its_anchor_is_BRF011_not_a_stack_overflow(string yaml, int line, int column)
    {
        using var build = Site();
        WriteBrief(build, yaml);

        var diagnostic = build.Failing().Has(Codes.MalformedYaml, Brief, line, column);

        Assert.Contains("comes before any anchor", diagnostic.Message);
    }

    [Fact]
    public void Alias_bomb_in_the_site_config_is_BRF028()
    {
        using var build = Site();
        build.Site.Write("site.config.yml", TestSite.DefaultConfig + Laughs());

        build.Failing().Has(Codes.YamlTooComplex, "site.config.yml", 8);
    }

    [Fact]
    public void Alias_in_the_site_config_key_is_BRF028()
    {
        using var build = Site();
        build.Site.Write("site.config.yml", TestSite.DefaultConfig + "? &a [*a]\n: v\n");

        build.Failing().Has(Codes.YamlTooComplex, "site.config.yml", 4, 7);
    }

    [Fact]
    public void A_few_plain_aliases_are_fine()
    {
        using var build = Site();
        WriteBrief(build, "x: &who [keir-starmer]\nspeaker_list: *who");

        var result = build.Succeeding();

        Assert.All(result.Diagnostics, d => Assert.Equal(Codes.UnknownKey, d.Code));
    }

    [Fact]
    public void Deep_flow_nesting_is_BRF028()
    {
        using var build = Site();
        WriteBrief(build, "topics: " + new string('[', 100_000) + new string(']', 100_000));

        build.Failing().Has(Codes.YamlTooComplex, Brief, 5, 72);
    }

    [Fact]
    public void Deep_block_nesting_is_BRF028()
    {
        using var build = Site();
        WriteBrief(build, string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 400) + "v");

        build.Failing().Has(Codes.YamlTooComplex, Brief, 69);
    }

    [Fact]
    public void Deep_nesting_in_the_site_config_is_BRF028()
    {
        using var build = Site();
        build.Site.Write("site.config.yml", TestSite.DefaultConfig + "x: " + new string('{', 5000) + new string('}', 5000) + "\n");

        build.Failing().Has(Codes.YamlTooComplex, "site.config.yml", 4);
    }

    [Fact]
    public void Too_many_nodes_is_BRF028()
    {
        using var build = Site();
        WriteBrief(build, "x: [" + string.Join(",", Enumerable.Repeat("1", 100_001)) + "]");

        build.Failing().Has(Codes.YamlTooComplex, Brief, 5);
    }

    [Theory]
    [InlineData("title: \"A brief\ndate: 2025-12-15", 2)]
    [InlineData("title: x\ndate: 2025-12-15\n  speakers: [keir-starmer]", 4)]
    [InlineData("title: x\ntitle: y\ndate: 2025-12-15", 3)]
    [InlineData("title: 'it's'\ndate: 2025-12-15", 2)]
    [InlineData("title: x\ndate: 2025-12-15\nx: *nowhere", 4)]
    [InlineData("- title\n- date", 2)]
    [InlineData("title: x\ndate: 2025-12-15\n--- extra", 4)]
    [InlineData("title: x\ndate: 2025-12-15\nx: [{\"a\"b]\ny: \"*\"", 4)]
    public void Malformed_yaml_is_BRF011(string yaml, int line)
    {
        using var build = Site();
        build.Site.Write(Brief, "---\n" + yaml + "\n---\nBody.\n");

        build.Failing().Has(Codes.MalformedYaml, Brief, line);
    }

    /// <summary>The mistakes authors make most, in plain words, at the character to fix (line numbers count the opening '---').</summary>
    [Theory]
    [InlineData("title: x\ndate: 2025-12-15\nsource:\n\ttitle: x", 5, 1, "YAML does not allow tabs for indentation; use spaces")]
    [InlineData("title: \"A brief\ndate: 2025-12-15", 2, 8, "the value opened here with \" is never closed; end it with a matching \"")]
    [InlineData("title: x\ndate: 2025-12-15\nsummary: 'open", 4, 10, "the value opened here with ' is never closed; end it with a matching '")]
    [InlineData("title: x\ntopics: [ukraine-peace-talks\nspeakers: [keir-starmer]\ndate: 2025-12-15", 3, 9,
        "the list opened here with '[' is never closed; close it with ']' on the same line")]
    [InlineData("title: x\ndate: 2025-12-15\nspeakers: [keir-starmer", 4, 11,
        "the list opened here with '[' is never closed; close it with ']' on the same line")]
    [InlineData("title: x\nsource: {title: a, url: b\ndate: 2025-12-15", 3, 9, "the mapping opened here with '{' is never closed; close it with '}' on the same line")]
    [InlineData("title: Starmer: peace deal\ndate: 2025-12-15", 2, 15, "a value that holds ': ' must be quoted; put the whole value in double quotes")]
    [InlineData("title: “Smart: quotes”\ndate: 2025-12-15", 2, 8, "“ is a typographic quote, not a YAML one; use straight quotes (\" or ') around the value")]
    [InlineData("date: 2025-12-15\ntitle: ‘It’s: here’", 3, 8, "‘ is a typographic quote, not a YAML one; use straight quotes (\" or ') around the value")]
    [InlineData("title: \"Starmer says \"no\" to X\"\ndate: 2025-12-15", 2, 23,
        "the \" before this ends the quoted value early; write a \" inside the value as \\\", or quote the value with the other kind of quote")]
    [InlineData("title: 'It's here'\ndate: 2025-12-15", 2, 12,
        "the ' before this ends the quoted value early; write a ' inside the value as '', or quote the value with the other kind of quote")]
    [InlineData("title: x\n  date: 2025-12-15", 3, 7,
        "this line is indented as if it continued the value above, but holds a key; indent the keys of one mapping equally, or quote a value that holds ': '")]
    public void Common_yaml_mistakes_are_named_at_their_place(string yaml, int line, int column, string message)
    {
        using var build = Site();
        build.Site.Write(Brief, "---\n" + yaml + "\n---\nBody.\n");

        var diagnostic = build.Failing().Has(Codes.MalformedYaml, Brief, line, column);

        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("? &a [-\"x, *a, y\"]\n: 1", 2, "inside the node it names")]
    [InlineData("x: &a [a:'x, *a]", 2, "inside the node it names")]
    [InlineData("nested", 7, "aliases expand to more than 100,000 nodes")]
    public void Aliases_behind_quote_characters_are_refused_at_once(string yaml, int line, string message)
    {
        using var build = Site();
        build.Site.Write(Brief, "---\n" + (yaml == "nested" ? HostileYaml.NestedQuotedAliases(10) : yaml + "\n") + "title: x\ndate: 2025-12-15\n---\n");

        var clock = Stopwatch.StartNew();
        var diagnostic = build.Failing().Has(Codes.YamlTooComplex, Brief, line);

        Assert.Contains(message, diagnostic.Message);

        // A hang guard only, far above the time of a normal build; the nested form once took 111 s at 8 levels.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Malformed_site_config_is_BRF011()
    {
        using var build = Site();
        build.Site.Write("site.config.yml", "title: \"Test\nbase_url: x\n");

        build.Failing().Has(Codes.MalformedYaml, "site.config.yml", 1, 8);
    }

    [Theory]
    [InlineData("", "file does not start with a front-matter block")]
    [InlineData("# Just Markdown\n", "file does not start with a front-matter block")]
    [InlineData("---\ntitle: x\ndate: 2025-12-15\n\nBody.\n", "front-matter block is not closed")]
    public void Missing_or_unclosed_front_matter_is_BRF010(string text, string message)
    {
        using var build = Site();
        build.Site.Write(Brief, text);

        Assert.StartsWith(message, build.Failing().Has(Codes.FrontMatterMissing, Brief, 1, 1).Message);
    }

    [Theory]
    [InlineData("title:\n  nested: yes\ndate: 2025-12-15", "'title' must be text", 3, 3)]
    [InlineData("title: [a, b]\ndate: 2025-12-15", "'title' must be text", 2, 8)]
    [InlineData("title: x\ndate: 2025-12-15\nspeakers: keir-starmer\ndraft: maybe", "'draft'", 5, 8)]
    [InlineData("title: x\ndate: 2025-12-15\nquotes: {by: keir-starmer}", "'quotes'", 4, 9)]
    [InlineData("title: x\ndate: 2025-12-15\nsource: [a]", "'source'", 4, 9)]
    public void Wrong_type_is_BRF014(string yaml, string message, int line, int column)
    {
        using var build = Site();
        build.Site.Write(Brief, "---\n" + yaml + "\n---\nBody.\n");

        Assert.Contains(message, build.Failing().Has(Codes.WrongType, Brief, line, column).Message);
    }

    [Theory]
    [InlineData("2025-13-45")]
    [InlineData("yesterday")]
    [InlineData("99999-01-01")]
    public void Bad_date_is_BRF015(string date)
    {
        using var build = Site();
        build.Site.Write(Brief, "---\ntitle: x\ndate: " + date + "\n---\nBody.\n");

        build.Failing().Has(Codes.InvalidDate, Brief, 3, 7);
    }
}
