using System.CommandLine;
using System.CommandLine.Parsing;

namespace Briefings.Cli;

/// <summary>
/// How a command line that does not parse is answered: each error, the command's usage in one line,
/// and where to read more. Parse errors never run a command, so they all end in exit code 2.
/// </summary>
internal static class UsageErrors
{
    public static int Report(ParseResult parsed, TextWriter errors)
    {
        foreach (var error in parsed.Errors)
        {
            errors.WriteLine($"error: {error.Message}");
        }

        var command = parsed.CommandResult.Command;
        var name = CommandLine(parsed.CommandResult);
        var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
        var subcommands = command.Subcommands.Count > 0 ? " <command>" : "";
        errors.WriteLine($"Usage: {name}{subcommands}{arguments} [options]");
        errors.WriteLine($"Run '{name} --help' for more.");
        return ExitCodes.Usage;
    }

    private static string CommandLine(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult current; result = current.Parent)
        {
            names.Insert(0, current.Command is RootCommand ? "briefings" : current.Command.Name);
        }

        return string.Join(' ', names);
    }
}
