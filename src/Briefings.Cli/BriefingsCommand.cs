using System.CommandLine;
using System.CommandLine.Help;
using Briefings.Cli.Commands;

namespace Briefings.Cli;

/// <summary>
/// The <c>briefings</c> command and its subcommands, made in one place so that a test can parse the commands the
/// tool's messages name, as the tool itself would. It is named <c>briefings</c> in help whatever the file is called
/// (a RootCommand would take the file's name: Briefings.Cli, or Briefings for the native executable).
/// </summary>
internal static class BriefingsCommand
{
    public const string Name = "briefings";

    public static Command Create()
    {
        var common = new CommonOptions();
        return new Command(Name, "Briefings: turn Markdown briefs on who said and promised what into a cross-linked static site")
        {
            new HelpOption(),
            new VersionOption(),
            BuildCommand.Create(common),
            CheckCommand.Create(common),
            ServeCommand.Create(common),
            NewCommand.Create(common),
            InitCommand.Create(common),
            EjectCommand.Create(common),
        };
    }
}
