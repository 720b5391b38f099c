using System.CommandLine;
using System.Globalization;
using Briefings.Cli.Authoring;
using Briefings.Content;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings new brief|person|organization|topic|commitment "Title"</c>: writes a new content file that checks clean.
/// An existing file, or one whose id or slug another file already has, is never overwritten: that is a
/// usage error (exit 2), as the request cannot be carried out as given.
/// </summary>
internal static class NewCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("new", "Create a new brief, person, organization, topic or commitment file under content/");
        command.Subcommands.Add(Kind(common, "brief", "title", "Create content/briefs/<today>-<slug>.md", CreateBrief));
        // People and organizations share one id space, so each folder is checked for the other's ids too.
        string[] actors = ["people", "organizations"];
        command.Subcommands.Add(Kind(common, "person", "name", "Create content/people/<slug>.md", (source, name) => CreateEntity(source, actors, "people", name, NewContent.Person(Language(source), name))));
        command.Subcommands.Add(Kind(common, "organization", "name", "Create content/organizations/<slug>.md", (source, name) => CreateEntity(source, actors, "organizations", name, NewContent.Organization(Language(source), name))));
        command.Subcommands.Add(Kind(common, "topic", "title", "Create content/topics/<slug>.md", (source, title) => CreateEntity(source, ["topics"], "topics", title, NewContent.Topic(Language(source), title))));
        command.Subcommands.Add(Kind(common, "commitment", "title", "Create content/commitments/<slug>.md, the title and background of a commitment briefs record",
            (source, title) => CreateEntity(source, ["commitments"], "commitments", title, NewContent.Commitment(Language(source), title)) with
            {
                // Its status lives in briefs: a file no brief mentions is a warning (BRF031), so say how to mention it.
                Next = $"Briefs record its status: add '- {{ id: {Slugs.Slugify(title)}, by: <person or organization id>, text: \"…\", status: proposed }}' " +
                    "under a brief's commitments: (until one does, check warns BRF031)",
            }));
        return command;
    }

    private static Command Kind(CommonOptions common, string kind, string argument, string description, Func<SiteSource, string, Outcome> create)
    {
        var text = new Argument<string>(argument) { Description = $"The {argument}, in quotes; the file name is made from it" };
        var command = new Command(kind, description) { text };
        command.Options.Add(common.Config);
        command.Options.Add(common.Quiet);
        command.SetAction(result =>
        {
            var reporter = common.Reporter(result);
            var options = common.ToBuildOptions(result);
            if (!CheckCommand.ConfigExists(options, reporter))
            {
                return ExitCodes.Usage;
            }

            var value = result.GetValue(text)!.Trim();
            if (Slugs.Slugify(value).Length == 0)
            {
                reporter.Error($"error: cannot make a file name from '{value}'; give a {argument} with at least one letter or digit");
                return ExitCodes.Usage;
            }

            var outcome = create(SiteSource.FromConfig(options.ConfigPath), value);
            if (outcome.Problem is not null)
            {
                reporter.Error("error: " + outcome.Problem);
                return ExitCodes.Usage;
            }

            reporter.Info($"Created {Summary.Display(outcome.Path!)}");
            if (outcome.Next is { } next)
            {
                reporter.Info(next);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The site's interface strings, for the words a new file starts with; English when the config cannot be read (build reports why).</summary>
    private static Content.Languages.InterfaceText Language(SiteSource source) =>
        SiteConfigReader.Read(source.ConfigPath, source.Relative(source.ConfigPath), new Diagnostics.DiagnosticBag())?.Text
            ?? Content.Languages.InterfaceText.English;

    private static Outcome CreateBrief(SiteSource source, string title)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var slug = Slugs.Slugify(title);
        var folder = Path.Combine(source.ContentDirectory, "briefs");
        var path = Path.Combine(folder, $"{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{slug}.md");
        // A brief's URL comes from its file name without the date, so an older brief can already own this slug.
        var taken = Existing(folder).FirstOrDefault(f => Slugs.FromBriefFileName(Path.GetFileNameWithoutExtension(f)) == slug);
        if (taken is not null)
        {
            return Outcome.Refused($"{source.Relative(taken)} already has the slug '{slug}'; choose another title, or edit that brief");
        }

        return Write(source, path, NewContent.Brief(Language(source), title, today));
    }

    /// <summary>A file named for its id in <paramref name="folder"/>, unless a file in one of <paramref name="idSpace"/> has that id.</summary>
    private static Outcome CreateEntity(SiteSource source, string[] idSpace, string folder, string name, string text)
    {
        var id = Slugs.Slugify(name);
        var taken = idSpace
            .SelectMany(f => Existing(Path.Combine(source.ContentDirectory, f)))
            .FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), id, StringComparison.OrdinalIgnoreCase));
        if (taken is not null)
        {
            return Outcome.Refused($"{source.Relative(taken)} already has the id '{id}'; nothing was written");
        }

        return Write(source, Path.Combine(source.ContentDirectory, folder, id + ".md"), text);
    }

    private static IEnumerable<string> Existing(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories) : [];

    private static Outcome Write(SiteSource source, string path, string text)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew, not a separate existence check: nothing can slip in between the check and the write.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream);
            writer.Write(text);
            return new Outcome(path, null);
        }
        catch (IOException) when (File.Exists(path))
        {
            return Outcome.Refused($"{source.Relative(path)} already exists; nothing was written");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Outcome.Refused($"cannot write {source.Relative(path)}: {e.Message}");
        }
    }

    private sealed record Outcome(string? Path, string? Problem)
    {
        /// <summary>What the author does next, where the file alone is not yet the whole job.</summary>
        public string? Next { get; init; }

        public static Outcome Refused(string problem) => new(null, problem);
    }
}
