using System.CommandLine;

namespace Briefings.Cli.Commands;

/// <summary>The options every site command shares, declared once.</summary>
internal sealed class CommonOptions
{
    public Option<string> Config { get; } = new("--config", "-c")
    {
        Description = "Path to the site configuration file",
        DefaultValueFactory = _ => "site.config.yml",
    };

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "Output folder (default: _site/ beside the config)" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include briefs marked draft: true" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Override base_url from the config (used for feed, sitemap and canonical URLs)" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only errors and warnings" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print each stage with its time" };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Out);
        command.Options.Add(Drafts);
        command.Options.Add(BaseUrl);
        command.Options.Add(Strict);
        command.Options.Add(Quiet);
        command.Options.Add(Verbose);
    }

    public BuildOptions ToBuildOptions(ParseResult result) => new()
    {
        ConfigPath = result.GetValue(Config)!,
        OutputPath = result.GetValue(Out),
        IncludeDrafts = result.GetValue(Drafts),
        BaseUrl = result.GetValue(BaseUrl),
        Strict = result.GetValue(Strict),
    };

    public Reporter Reporter(ParseResult result) =>
        new(Console.Out, Console.Error, result.GetValue(Quiet), result.GetValue(Verbose));
}
