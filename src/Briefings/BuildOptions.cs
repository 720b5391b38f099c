using Briefings.Outputs.Pages.Templates;

namespace Briefings;

public sealed record BuildOptions
{
    public required string ConfigPath { get; init; }

    /// <summary>Where the site is written; null means <c>_site/</c> beside the config.</summary>
    public string? OutputPath { get; init; }

    public bool IncludeDrafts { get; init; }

    /// <summary>The as-of date (<c>--as-of</c>): it decides what is published, and wins over the config's <c>as_of:</c>.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Publishes briefs dated, or with a publish_date, after the as-of date (<c>--future</c>).</summary>
    public bool IncludeFuture { get; init; }

    public Content.PublishingOptions Publishing => new(AsOf, IncludeDrafts, IncludeFuture);

    /// <summary>Overrides the config's base_url, e.g. for a preview deploy.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Warnings fail the build as errors do.</summary>
    public bool Strict { get; init; }

    /// <summary>Pages and stylesheets are written minified (<see cref="Writing.Minifying.HtmlMinifier"/>): for publishing, not for reading.</summary>
    public bool Minify { get; init; }

    /// <summary>
    /// Runs the templates through Scriban's interpreter even when they could run compiled: the reference the
    /// compiled templates are checked against.
    /// </summary>
    internal bool InterpretTemplates { get; init; }

    /// <summary>The built-in templates, which the site's own override; those embedded in the tool unless a test stands others in.</summary>
    internal BuiltInTheme Theme { get; init; } = BuiltInTheme.Embedded;

    /// <summary>
    /// The build is the only work of its process, as in <c>briefings build</c>: it may then hold off garbage collections
    /// while it renders (<see cref="CollectionPause"/>), which is state of the whole process, not of one build; and, as
    /// nothing reads its graph afterwards, let go of each brief's HTML once its page and search record have it.
    /// </summary>
    public bool OwnsProcess { get; init; }

    /// <summary>In a build that owns its process, how much of the briefs' HTML may wait in memory for its readers; the rest waits in a temporary file (<see cref="Markdown.HtmlSpill"/>).</summary>
    public long HtmlMemoryBudget { get; init; } = Markdown.HtmlSpill.DefaultBudget;

    /// <summary>Told of each stage as it starts and finishes, so a front end can show progress while the build runs.</summary>
    public IStageProgress? Progress { get; init; }
}
