using System.CommandLine;
using Briefings.Cli.Authoring;
using Briefings.Content;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings init &lt;dir&gt;</c>: writes a new site that builds and checks clean. It only ever writes
/// into a folder that is missing or empty, so it cannot overwrite anyone's work.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CommonOptions common)
    {
        var folder = new Argument<string>("dir") { Description = "Folder for the new site; created if missing, and must be empty if it exists" };
        var command = new Command("init", "Create a new site: config and one example of each kind of content, drawn by the built-in templates") { folder };
        var language = new Option<string>("--language") { Description = "The site's language (en, uk, de, fr, or any BCP 47 tag): its config says it, and the example is written in it", DefaultValueFactory = _ => "en" };
        command.Options.Add(language);
        command.Options.Add(common.Quiet);
        command.SetAction(result =>
        {
            var reporter = common.Reporter(result);
            var root = Path.GetFullPath(result.GetValue(folder)!);
            var tag = result.GetValue(language)!.Trim();
            if (!SiteConfigReader.IsLanguageTag(tag))
            {
                reporter.Error($"error: --language '{tag}' is not a language tag such as en, uk, de or fr");
                return ExitCodes.Usage;
            }

            if (File.Exists(root) || (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any()))
            {
                reporter.Error($"error: '{Summary.Display(root)}' already exists and is not an empty folder; choose a new folder for the site");
                return ExitCodes.Usage;
            }

            try
            {
                foreach (var (path, bytes) in ExampleSite.Files(DateOnly.FromDateTime(DateTime.Now), tag))
                {
                    var full = Path.Combine(root, path);
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllBytes(full, bytes);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Like a folder that is not empty, a folder that cannot be written is the wrong place for the site.
                reporter.Error($"error: cannot write the new site into '{Summary.Display(root)}': {e.Message}");
                return ExitCodes.Usage;
            }

            var shown = Summary.Display(root);
            reporter.Info($"Created a new site in {shown}. Next:");
            reporter.Info($"  cd {shown}");
            reporter.Info("  briefings serve                     # preview it at http://127.0.0.1:8080/, rebuilt as you edit");
            reporter.Info("  briefings new brief \"A headline\"    # start a brief");
            reporter.Info("  briefings eject layout.html         # copy a built-in template into templates/ to change it");
            return ExitCodes.Success;
        });
        return command;
    }
}
