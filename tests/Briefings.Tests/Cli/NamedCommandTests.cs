using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Briefings.Cli;
using Briefings.Tests.Support;
using Xunit.Abstractions;

namespace Briefings.Tests.Cli;

/// <summary>
/// A message that tells the author to run <c>briefings …</c> must name a command that runs as printed. Asking the
/// tool for <c>--help</c> would not show it (<c>briefings serv --help</c> prints the root help and exits 0), so the
/// commands are parsed by the tool's own command tree, where a misspelt command or option is a parse error.
/// </summary>
public sealed partial class NamedCommandTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_command_the_tools_messages_name_parses_as_printed()
    {
        var named = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SampleSite.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match match in Named().Matches(lines[i]))
                {
                    var command = match.Groups[1].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Trim();
                    output.WriteLine($"{Path.GetRelativePath(SampleSite.Root, file)}({i + 1}): briefings {command}");
                    AssertParses(command);
                    named.Add(command);
                }
            }
        }

        // init's next steps, check's and eject's errors, the BRF043/BRF044 fixes, the missing-reference fix.
        Assert.True(named.Count >= 10, $"found only {named.Count} commands in messages; has the scan stopped matching?");
    }

    /// <summary>
    /// Fails unless <paramref name="commandLine"/>, what a message prints after <c>briefings</c>, parses without error
    /// into the commands it names. Quoted values and placeholders (<c>&lt;dir&gt;</c>, <c>{name}</c>) stand for a value.
    /// </summary>
    internal static void AssertParses(string commandLine)
    {
        var tokens = Token().Matches(commandLine).Select(t => t.Value.StartsWith('"') || t.Value.Contains('<') || t.Value.Contains('{') ? "value" : t.Value).ToList();
        var parsed = BriefingsCommand.Create().Parse(tokens);

        Assert.True(parsed.Errors.Count == 0, $"briefings {commandLine}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        // A command that takes any words (eject's template names) would take a misspelt option as one of them.
        Assert.All(parsed.Tokens.Where(t => t.Value.StartsWith('-')), t => Assert.True(t.Type == TokenType.Option, $"briefings {commandLine}: {t.Value} is not an option"));
        var commands = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            commands.Insert(0, result.Command.Name);
        }

        Assert.True(commands.Count > 0, $"briefings {commandLine} names no command");
        Assert.Equal(commands, tokens.Take(commands.Count));
    }

    /// <summary><c>briefings</c> after a quote, backtick or space (not at the start of a string: that is a name, not a command), up to the end of the quote, a comment or a parenthesis.</summary>
    [GeneratedRegex("""(?<=['` ])briefings ((?:\\"|[^'"`\\(#])+)""")]
    private static partial Regex Named();

    [GeneratedRegex("""
        "[^"]*"|\S+
        """)]
    private static partial Regex Token();
}
