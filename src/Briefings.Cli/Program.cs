using System.CommandLine;
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
    EjectCommand.Create(common),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    return UsageErrors.Report(parsed, Console.Error);
}

return await parsed.InvokeAsync();
