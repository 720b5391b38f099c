using System.CommandLine;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Outputs.Pages.Templates;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings eject &lt;template&gt;…</c>: copies built-in templates into the site's templates/, where the author
/// changes them, and records which built-in version each came from (<see cref="EjectRecord"/>), so that check can say
/// when that built-in changes later. It never overwrites a file: a site's copy may hold work nobody else has.
/// </summary>
internal static class EjectCommand
{
    public static Command Create(CommonOptions common)
    {
        var names = new Argument<string[]>("template")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Built-in templates to copy, by their path under templates/ (brief.html, partials/quote.html, assets/style.css)",
        };
        var all = new Option<bool>("--all") { Description = "Copy every built-in template" };
        var print = new Option<bool>("--print") { Description = "Write one built-in template to standard output instead, to compare it with the site's copy" };
        var accept = new Option<bool>("--accept")
        {
            Description = "Record the current built-in version for templates the site has already ejected, once their copies have what changed",
        };
        var command = new Command("eject", "Copy built-in templates into the site's templates/ to change them") { names };
        command.Options.Add(all);
        command.Options.Add(print);
        command.Options.Add(accept);
        command.Options.Add(common.Config);
        command.Options.Add(common.Quiet);
        // The names take any word, so a misspelt option would reach them as a template name; no template starts with '-'.
        names.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                var hint = UsageErrors.DidYouMean(token.Value, command);
                result.AddError($"Unrecognized option '{token.Value}'{(hint.Length > 0 ? hint : ".")}");
            }
        });
        command.SetAction(result =>
        {
            var reporter = common.Reporter(result);
            var theme = BuiltInTheme.Embedded;
            var given = result.GetValue(names) ?? [];
            var everything = result.GetValue(all);
            if (Chosen(given, everything, theme, reporter) is not { } chosen)
            {
                return ExitCodes.Usage;
            }

            if (result.GetValue(print))
            {
                return Print(chosen, everything || result.GetValue(accept), theme, reporter);
            }

            var options = common.ToBuildOptions(result);
            if (!CheckCommand.ConfigExists(options, reporter))
            {
                return ExitCodes.Usage;
            }

            var source = SiteSource.FromConfig(options.ConfigPath);
            return result.GetValue(accept) ? Accept(source, chosen, theme, reporter) : Eject(source, chosen, theme, reporter);
        });
        return command;
    }

    /// <summary>The built-in names asked for, or null (reported) when none was asked for or one is not built in.</summary>
    private static List<string>? Chosen(string[] given, bool everything, BuiltInTheme theme, Reporter reporter)
    {
        if (everything && given.Length > 0)
        {
            reporter.Error("error: name templates or give --all, not both");
            return null;
        }

        if (everything)
        {
            return [.. theme.Names];
        }

        if (given.Length == 0)
        {
            reporter.Error("error: name the templates to eject, or give --all; the built-in ones are:");
            foreach (var name in theme.Names)
            {
                reporter.Error("  " + name);
            }

            return null;
        }

        // The path as a shell completes it in the site folder (templates/brief.html) names the same template.
        var chosen = given.Select(g => g.Replace('\\', '/')).Select(g => g.StartsWith("templates/", StringComparison.Ordinal) ? g["templates/".Length..] : g).Distinct().ToList();
        var unknown = chosen.Where(n => !theme.Contains(n)).ToList();
        foreach (var name in unknown)
        {
            var meant = Meant(name, theme);
            var hint = meant.Count > 0 ? $"; did you mean {string.Join(" or ", meant.Select(m => $"'{m}'"))}?" : "";
            reporter.Error($"error: '{name}' is not a built-in template{hint} (run 'briefings eject' alone to list them)");
        }

        return unknown.Count == 0 ? chosen : null;
    }

    /// <summary>
    /// The built-ins a name most likely meant: those it names without their folder or extension ("quote.html",
    /// "layout", "search" for both search.html and assets/search.js), else the nearest spelling.
    /// </summary>
    private static List<string> Meant(string name, BuiltInTheme theme)
    {
        var named = theme.Names.Where(n => Path.GetFileName(n) == name || (!Path.HasExtension(name) && Path.GetFileNameWithoutExtension(n) == Path.GetFileName(name))).ToList();
        return named.Count > 0 ? named : Suggestions.Nearest(name, theme.Names) is { } near ? [near] : [];
    }

    private static int Print(List<string> chosen, bool otherOptions, BuiltInTheme theme, Reporter reporter)
    {
        if (chosen.Count != 1 || otherOptions)
        {
            reporter.Error("error: --print writes one template; name exactly one, without --all or --accept");
            return ExitCodes.Usage;
        }

        using var stdout = Console.OpenStandardOutput();
        stdout.Write(theme.Bytes(chosen[0]));
        return ExitCodes.Success;
    }

    private static int Eject(SiteSource source, List<string> chosen, BuiltInTheme theme, Reporter reporter)
    {
        // All or nothing, as `new` does: a half-done eject would leave the author to work out which copies are whose.
        var existing = chosen.Where(n => File.Exists(Target(source, n)) || Directory.Exists(Target(source, n))).ToList();
        if (existing.Count > 0)
        {
            foreach (var name in existing)
            {
                reporter.Error($"error: templates/{name} already exists; nothing was written (delete it first to start again from the built-in)");
            }

            return ExitCodes.Usage;
        }

        if (ReadRecord(source, reporter) is not { } record)
        {
            return ExitCodes.Usage;
        }

        var written = new List<string>();
        try
        {
            foreach (var name in chosen)
            {
                var path = Target(source, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // CreateNew, not the check above alone: nothing can slip in between the check and the write.
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(theme.Bytes(name));
                }

                written.Add(name);
                record = record.With(name, theme);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Error($"error: cannot write templates/{chosen[written.Count]}: {e.Message}");
            // What was copied is recorded all the same, so that check still follows those copies.
            WriteRecord(source, record, reporter);
            return ExitCodes.Usage;
        }

        if (!WriteRecord(source, record, reporter))
        {
            return ExitCodes.Usage;
        }

        foreach (var name in written)
        {
            reporter.Info($"Copied templates/{name}");
        }

        reporter.Info($"Recorded the built-in version of each in {EjectRecord.File}: check warns when one of them changes in a later version of Briefings.");
        return ExitCodes.Success;
    }

    private static int Accept(SiteSource source, List<string> chosen, BuiltInTheme theme, Reporter reporter)
    {
        var missing = chosen.Where(n => !File.Exists(Target(source, n))).ToList();
        foreach (var name in missing)
        {
            reporter.Error($"error: templates/{name} does not exist, so there is no copy to record; copy it with 'briefings eject {name}'");
        }

        if (missing.Count > 0 || ReadRecord(source, reporter) is not { } record)
        {
            return ExitCodes.Usage;
        }

        foreach (var name in chosen)
        {
            record = record.With(name, theme);
        }

        if (!WriteRecord(source, record, reporter))
        {
            return ExitCodes.Usage;
        }

        foreach (var name in chosen)
        {
            reporter.Info($"Recorded templates/{name} as up to date with the built-in version");
        }

        return ExitCodes.Success;
    }

    private static string Target(SiteSource source, string name) => Path.Combine(source.TemplatesDirectory, name);

    /// <summary>The site's record to add to; null (reported) when it exists but cannot be read, so that rewriting it would lose what it holds.</summary>
    private static EjectRecord? ReadRecord(SiteSource source, Reporter reporter)
    {
        var diagnostics = new DiagnosticBag();
        var record = EjectRecord.Read(source, diagnostics);
        reporter.Diagnostics(diagnostics.Sorted());
        if (diagnostics.HasErrors)
        {
            reporter.Error($"error: {EjectRecord.File} cannot be read, so nothing was written; fix or delete it");
            return null;
        }

        return record;
    }

    private static bool WriteRecord(SiteSource source, EjectRecord record, Reporter reporter)
    {
        try
        {
            Directory.CreateDirectory(source.TemplatesDirectory);
            File.WriteAllText(EjectRecord.PathIn(source), record.ToText());
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            reporter.Error($"error: cannot write {EjectRecord.File}: {e.Message}");
            return false;
        }
    }
}
