using System.CommandLine;
using System.CommandLine.Parsing;
using Briefings.Cli;
using Briefings.Cli.Commands;

var common = new CommonOptions();
var root = new RootCommand("Briefings: turn Markdown briefs on who said and promised what into a cross-linked static site")
{
    BuildCommand.Create(common),
    CheckCommand.Create(common),
    ServeCommand.Create(common),
    NewCommand.Create(common),
    InitCommand.Create(common),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine($"Run '{CommandLine(parsed.CommandResult)} --help' for usage.");
    return ExitCodes.Usage;
}

return await parsed.InvokeAsync();

static string CommandLine(CommandResult command)
{
    var names = new List<string>();
    for (SymbolResult? result = command; result is CommandResult current; result = current.Parent)
    {
        names.Insert(0, current.Command is RootCommand ? "briefings" : current.Command.Name);
    }

    return string.Join(' ', names);
}
