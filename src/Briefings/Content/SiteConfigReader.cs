using Briefings.Content.Languages;
using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Reads site.config.yml into a <see cref="SiteConfig"/>; unknown keys are warnings, as in the spec.</summary>
public static class SiteConfigReader
{
    public static SiteConfig? Read(string fullPath, string file, DiagnosticBag diagnostics)
    {
        if (!System.IO.File.Exists(fullPath))
        {
            diagnostics.Error(Codes.ConfigMissing, file, TextPosition.File,
                "site configuration not found; run 'briefings init <dir>' to make a site, or pass --config");
            return null;
        }

        var text = TextFileReader.Read(fullPath, file, SiteConfig.DefaultMaxFileBytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        var yaml = text.Replace("\r\n", "\n");
        var root = FrontMatterParser.ParseYaml(file, yaml.AsMemory(), firstLine: 1, diagnostics);
        if (root is null)
        {
            return null;
        }

        var config = Map(new YamlFields(root, file, 1, diagnostics));
        var folder = Path.GetDirectoryName(Path.GetFullPath(fullPath)) ?? ".";
        return config with { Text = LanguageFiles.Load(folder, config.Language, config.MaxFileBytes, diagnostics) };
    }

    private static SiteConfig Map(YamlFields fields)
    {
        var diagnostics = fields.Diagnostics;
        var title = fields.String("title", required: true) ?? "Briefings";
        var description = fields.String("description");
        var baseUrl = ReadBaseUrl(fields);
        var language = fields.Located("language") is { } written ? LanguageTag(written.Value, written.At, fields) ?? "en" : "en";

        Publisher? publisher = null;
        if (fields.Mapping("publisher") is { } p)
        {
            var name = p.String("name", required: true) ?? title;
            var url = p.Located("url");
            if (url is { } u)
            {
                UrlRules.Check(u.Value, u.At, fields.File, diagnostics);
            }

            p.ReportUnknownKeys("publisher");
            publisher = new Publisher(name, url?.Value.Trim());
        }

        var allowHtml = false;
        if (fields.Mapping("markdown") is { } markdown)
        {
            allowHtml = markdown.Bool("allow_html", false);
            markdown.ReportUnknownKeys("markdown");
        }

        var autolinkPeople = true;
        if (fields.Mapping("autolink") is { } autolink)
        {
            autolinkPeople = autolink.Bool("people", true);
            autolink.ReportUnknownKeys("autolink");
        }

        var feedLimit = 20;
        if (fields.Mapping("feed") is { } feed)
        {
            feedLimit = (int)Positive(feed, "limit", 20, 10_000);
            feed.ReportUnknownKeys("feed");
        }

        var maxFileBytes = SiteConfig.DefaultMaxFileBytes;
        var maxImageBytes = SiteConfig.DefaultMaxImageBytes;
        if (fields.Mapping("limits") is { } limits)
        {
            maxFileBytes = Positive(limits, "max_file_bytes", SiteConfig.DefaultMaxFileBytes, 1L << 30);
            maxImageBytes = Positive(limits, "max_image_bytes", SiteConfig.DefaultMaxImageBytes, 1L << 31);
            limits.ReportUnknownKeys("limits");
        }

        var editUrl = ReadEditUrl(fields);
        var paginate = (int)Positive(fields, "paginate", SiteConfig.DefaultPaginate, 10_000);
        var widths = ReadImageWidths(fields);
        var asOf = fields.Date("as_of");
        var staleAfter = fields.Integer("stale_after_days");
        if (staleAfter is < 0 or > 36_500)
        {
            fields.Diagnostics.Error(Codes.InvalidValue, fields.File, fields.KeyAt("stale_after_days"), "'stale_after_days' must be between 0 (no flag) and 36,500");
            staleAfter = null;
        }

        var rates = RateTables.Read(fields);
        var requireQuoteSources = fields.Bool("require_quote_sources", false);
        var personTopicPages = fields.Bool("person_topic_pages", false);
        fields.ReportUnknownKeys("the site configuration");
        var config = new SiteConfig(title, description, baseUrl, language, publisher, allowHtml, autolinkPeople, feedLimit, maxFileBytes, paginate, asOf)
        {
            EditUrl = editUrl,
            MaxImageBytes = maxImageBytes,
            StaleAfterDays = (int)(staleAfter ?? SiteConfig.DefaultStaleAfterDays),
            Rates = rates,
            RequireQuoteSources = requireQuoteSources,
            PersonTopicPages = personTopicPages,
        };
        return widths is null ? config : config with { ImageWidths = widths };
    }

    /// <summary><c>images: { widths: [480, 960, 1600] }</c>: each from 16 to 8,000 pixels, in any order, at least one.</summary>
    private static IReadOnlyList<int>? ReadImageWidths(YamlFields fields)
    {
        if (fields.Mapping("images") is not { } images)
        {
            return null;
        }

        var written = images.LocatedList("widths");
        images.ReportUnknownKeys("images");
        if (written.Count == 0)
        {
            return null;
        }

        var widths = new SortedSet<int>();
        foreach (var (text, at) in written)
        {
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) || width is < 16 or > 8000)
            {
                fields.Diagnostics.Error(Codes.InvalidValue, fields.File, at, $"image width '{YamlFields.Shorten(text)}' must be a whole number of pixels from 16 to 8000");
                continue;
            }

            widths.Add(width);
        }

        return widths.Count == 0 ? null : [.. widths];
    }

    private static string? ReadEditUrl(YamlFields fields)
    {
        if (fields.Located("edit_url") is not { } located)
        {
            return null;
        }

        const string Example = "e.g. https://github.com/org/repo/edit/main/{path}";
        var text = located.Value.Trim();
        if (!text.Contains(EditUrlPath, StringComparison.Ordinal))
        {
            fields.Diagnostics.Error(Codes.InvalidValue, fields.File, located.At,
                $"edit_url '{YamlFields.Shorten(text)}' has no {EditUrlPath}, where the path of each page's source file goes; {Example}");
            return null;
        }

        // Checked as the links will be written, so a pattern that only becomes a URL with a path put in is caught too.
        var sample = text.Replace(EditUrlPath, "content/briefs/x.md", StringComparison.Ordinal);
        if (!Uri.TryCreate(sample, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            fields.Diagnostics.Error(Codes.UnsafeUrl, fields.File, located.At,
                $"edit_url '{YamlFields.Shorten(text)}' must be an absolute http or https URL; {Example}");
            return null;
        }

        return text;
    }

    /// <summary>What <c>edit_url</c> holds where each page's source file path goes.</summary>
    public const string EditUrlPath = "{path}";

    private static long Positive(YamlFields fields, string key, long fallback, long max)
    {
        var value = fields.Integer(key);
        if (value is null)
        {
            return fallback;
        }

        if (value < 1 || value > max)
        {
            fields.Diagnostics.Error(Codes.InvalidValue, fields.File, fields.KeyAt(key), $"'{key}' must be between 1 and {max:N0}");
            return fallback;
        }

        return value.Value;
    }

    private static string ReadBaseUrl(YamlFields fields)
    {
        if (fields.Located("base_url") is not { } located)
        {
            return "/";
        }

        var text = located.Value.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            fields.Diagnostics.Error(Codes.UnsafeUrl, fields.File, located.At,
                $"base_url '{YamlFields.Shorten(text)}' must be an absolute http or https URL, e.g. https://example.org/briefings/");
            return "/";
        }

        return text.EndsWith('/') ? text : text + "/";
    }

    /// <summary>A <c>language:</c> value, trimmed, or null after an error when it is not a BCP 47 tag.</summary>
    internal static string? LanguageTag(string value, TextPosition at, YamlFields fields)
    {
        var language = value.Trim();
        if (IsLanguageTag(language))
        {
            return language;
        }

        fields.Diagnostics.Error(Codes.InvalidValue, fields.File, at, $"language '{YamlFields.Shorten(language)}' is not a BCP 47 tag such as 'en' or 'en-GB'");
        return null;
    }

    public static bool IsLanguageTag(string text) =>
        text.Length is > 0 and < 36 && text.Split('-').All(part => part.Length is > 0 and <= 8 && part.All(char.IsAsciiLetterOrDigit));
}
