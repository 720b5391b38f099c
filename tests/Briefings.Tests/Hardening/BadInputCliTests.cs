using Briefings.Diagnostics;
using Briefings.Tests.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hardening;

/// <summary>
/// Inputs that once killed the process (a stack overflow cannot be caught in-process) or ended it with an
/// unhandled exception, run through the real tool: each must end in exit code 1 with its diagnostic.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class BadInputCliTests
{
    [Theory]
    [InlineData("alias in its own key", Codes.YamlTooComplex)]
    [InlineData("quotes nested 1000 deep", Codes.MarkdownTooDeep)]
    [InlineData("javascript autolink", Codes.UnsafeUrl)]
    [InlineData("NUL byte", Codes.BinaryFile)]
    public void Build_exits_1_with_the_diagnostic_and_keeps_the_previous_output(string fault, string code)
    {
        var brief = fault switch
        {
            "alias in its own key" => "---\ntitle: x\ndate: 2025-12-15\n? &a [*a]\n: v\n---\n",
            "quotes nested 1000 deep" => "---\ntitle: x\ndate: 2025-12-15\n---\n" + new string('>', 1000) + " x\n",
            "javascript autolink" => "---\ntitle: x\ndate: 2025-12-15\n---\n<javascript:alert(1)>\n",
            _ => "---\ntitle: x\0\n---\n",
        };
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        var first = CliProcess.Run(site.Root, "build");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = FolderState.Exact(site.OutputPath);
        site.Write("content/briefs/2025-12-16-bad.md", brief);

        var run = CliProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"content/briefs/2025-12-16-bad.md(", run.Errors + run.Output);
        Assert.Contains($": error {code}: ", run.Errors + run.Output);
        Assert.Contains("the output folder was left as it was", run.Errors);
        Assert.Equal(before, FolderState.Exact(site.OutputPath));
    }

    /// <summary>
    /// A quote character inside a flow sequence once hid an alias from a character scan in front of the parser;
    /// the same trick nested ten times took minutes per level. Each must be refused at its line, in any kind of file.
    /// </summary>
    [Theory]
    [InlineData("content/people/evil.md", "brief-style")]
    [InlineData("content/briefs/2025-12-16-evil.md", "brief-style")]
    [InlineData("site.config.yml", "config")]
    [InlineData("content/people/evil.md", "nested")]
    [InlineData("site.config.yml", "nested")]
    public void Aliases_hidden_behind_quotes_exit_1_at_their_line(string file, string trick)
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));
        var isConfig = file == "site.config.yml";
        var prefix = isConfig ? TestSite.DefaultConfig : "---\nname: N\ntitle: x\ndate: 2025-12-16\n";
        var hostile = trick == "nested" ? HostileYaml.NestedQuotedAliases(10) : "? &a [-\"x, *a, y\"]\n: 1\n";
        site.Write(file, prefix + hostile + (isConfig ? "" : "---\n"));
        var line = prefix.Count(c => c == '\n') + (trick == "nested" ? 6 : 1);

        var run = CliProcess.Run(site.Root, "build");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"{file}({line},", run.Errors + run.Output);
        Assert.Contains($": error {Codes.YamlTooComplex}: ", run.Errors + run.Output);
    }
}
