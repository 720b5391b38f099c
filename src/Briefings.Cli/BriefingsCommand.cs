using System.CommandLine;
using Briefings.Cli.Commands;

namespace Briefings.Cli;

/// <summary>
/// The <c>briefings</c> command and its subcommands, made in one place so that a test can parse the commands the
/// tool's messages name, as the tool itself would.
/// </summary>
internal static class BriefingsCommand
{
    public static RootCommand Create()
    {
        var common = new CommonOptions();
        return new RootCommand("Briefings: turn Markdown briefs on who said and promised what into a cross-linked static site")
        {
            BuildCommand.Create(common),
            CheckCommand.Create(common),
            ServeCommand.Create(common),
            NewCommand.Create(common),
            InitCommand.Create(common),
            EjectCommand.Create(common),
        };
    }
}
