using System.CommandLine;
using System.CommandLine.Parsing;
using Briefings.Diagnostics;

namespace Briefings.Cli;

/// <summary>
/// How a command line that does not parse is answered: each error, the command's usage in one line,
/// and where to read more. Parse errors never run a command, so they all end in exit code 2.
/// </summary>
internal static class UsageErrors
{
    public static int Report(ParseResult parsed, TextWriter errors)
    {
        var command = parsed.CommandResult.Command;
        // "briefings serv": the word is the command the author meant, so "Required command was not provided" only confuses.
        var commandMisspelt = command.Subcommands.Count > 0 && parsed.UnmatchedTokens.Count > 0;
        foreach (var error in parsed.Errors)
        {
            // A word the parser did not know: say which command or option is nearest ("serv", "--minfy").
            var unknown = parsed.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal));
            if (unknown is null && commandMisspelt)
            {
                continue;
            }

            var hint = unknown is null ? "" : DidYouMean(unknown, command);
            errors.WriteLine(hint.Length > 0 ? $"error: {error.Message.TrimEnd('.')}{hint}" : $"error: {error.Message}");
        }

        // new topic Flood defence: a title of several words given without quotes reaches the parser as several arguments.
        var words = parsed.UnmatchedTokens.Where(t => !t.StartsWith('-')).ToList();
        if (command.Arguments is [{ Arity.MaximumNumberOfValues: 1 } argument] && words.Count > 0 &&
            parsed.CommandResult.GetResult(argument) is { Tokens: [{ } first] })
        {
            errors.WriteLine($"error: the {argument.Name} is one argument; put it in quotes: \"{string.Join(' ', [first.Value, .. words])}\"");
        }

        var name = CommandLine(parsed.CommandResult);
        var arguments = string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>"));
        var subcommands = command.Subcommands.Count > 0 ? " <command>" : "";
        errors.WriteLine($"Usage: {name}{subcommands}{arguments} [options]");
        errors.WriteLine($"Run '{name} --help' for more.");
        return ExitCodes.Usage;
    }

    /// <summary>"; did you mean '…'?" naming the subcommand or option of <paramref name="command"/> nearest to <paramref name="token"/>, or "".</summary>
    internal static string DidYouMean(string token, Command command)
    {
        var known = token.StartsWith('-')
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        return Suggestions.DidYouMean(token, known);
    }

    private static string CommandLine(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult current; result = current.Parent)
        {
            names.Insert(0, current.Command.Name);
        }

        return string.Join(' ', names);
    }
}
