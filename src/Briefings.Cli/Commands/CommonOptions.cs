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

    public Option<string?> AsOf { get; } = CreateAsOf();

    public Option<bool> Future { get; } = new("--future") { Description = "Include briefs dated, or with a publish_date, after the as-of date" };

    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "Override base_url from the config (used for feed, sitemap and canonical URLs)" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only errors and warnings" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Print each stage with its time" };

    public void AddTo(Command command)
    {
        command.Options.Add(Config);
        command.Options.Add(Out);
        command.Options.Add(Drafts);
        command.Options.Add(AsOf);
        command.Options.Add(Future);
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
        AsOf = result.GetValue(AsOf) is { } asOf ? ParseDay(asOf) : null,
        IncludeFuture = result.GetValue(Future),
        BaseUrl = result.GetValue(BaseUrl),
        Strict = result.GetValue(Strict),
    };

    private static Option<string?> CreateAsOf()
    {
        var option = new Option<string?>("--as-of")
        {
            Description = "The date (yyyy-mm-dd) that decides what is published: scheduled and expired briefs (default: as_of in the config, else today in UTC)",
            HelpName = "yyyy-mm-dd",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ParseDay(text) is null)
            {
                result.AddError($"--as-of must be a date written yyyy-mm-dd, such as 2025-12-15, not '{text}'");
            }
        });
        return option;
    }

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;

    public Reporter Reporter(ParseResult result) =>
        new(Console.Out, StandardError.Writer, result.GetValue(Quiet), result.GetValue(Verbose));
}
