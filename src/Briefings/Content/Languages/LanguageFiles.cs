using Briefings.Diagnostics;

namespace Briefings.Content.Languages;

/// <summary>
/// Reads the interface strings of a site's language: the built-in English, over it the tool's own file for the language
/// (en, uk, de, fr, embedded from the repository's <c>i18n/</c>), over that the site's <c>i18n/&lt;language&gt;.yml</c>.
/// A key English has and the language lacks falls back to English with one warning naming it, per build, not per page.
/// </summary>
public static class LanguageFiles
{
    /// <summary>Where a site keeps its own language files, beside site.config.yml.</summary>
    public const string Folder = "i18n";

    /// <summary>The languages the tool ships strings for.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = ["en", "uk", "de", "fr"];

    /// <summary>
    /// Each built-in language's strings, parsed the first time that language is asked for: a build needs English and at
    /// most one other, and parsing all four took ~8 ms of its start, before anything else could begin.
    /// </summary>
    private static readonly Dictionary<string, Lazy<Dictionary<string, TextEntry>>> Embedded =
        BuiltIn.ToDictionary(language => language, language => new Lazy<Dictionary<string, TextEntry>>(() => ReadEmbedded(language)), StringComparer.Ordinal);

    private static readonly Lazy<InterfaceText> EnglishText = new(() => new InterfaceText("en", new Dictionary<string, TextEntry>(Embedded["en"].Value)));

    internal static InterfaceText English => EnglishText.Value;

    /// <summary>The built-in strings of one language as its file holds them, without English filled in; null for a language the tool has no file for.</summary>
    public static IReadOnlyDictionary<string, TextEntry>? BuiltInEntries(string language) => Embedded.GetValueOrDefault(language)?.Value;

    /// <summary>The strings for <paramref name="language"/> of the site in <paramref name="siteFolder"/>, every key filled.</summary>
    public static InterfaceText Load(string siteFolder, string language, long maxFileBytes, DiagnosticBag diagnostics)
    {
        var primary = PluralRules.Primary(language);
        var english = Embedded["en"].Value;
        var entries = new Dictionary<string, TextEntry>(english, StringComparer.Ordinal);
        var own = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        if (primary != "en" && Embedded.TryGetValue(primary, out var builtIn))
        {
            Merge(own, builtIn.Value);
        }

        var site = SiteFile(siteFolder, language, primary);
        if (site is not null)
        {
            var file = Folder + "/" + Path.GetFileName(site);
            if (TextFileReader.Read(site, file, maxFileBytes, diagnostics) is { } text
                && Parse(file, text, diagnostics) is { } read)
            {
                Merge(own, read);
            }
        }

        Merge(entries, own);
        if (primary != "en")
        {
            Report(language, primary, site is null ? null : Folder + "/" + Path.GetFileName(site), english, own, diagnostics);
        }

        return new InterfaceText(language, entries);
    }

    private static string? SiteFile(string siteFolder, string language, string primary)
    {
        foreach (var name in language == primary ? [language] : new[] { language, primary })
        {
            var path = Path.Combine(siteFolder, Folder, name + ".yml");
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    private static void Merge(Dictionary<string, TextEntry> into, IReadOnlyDictionary<string, TextEntry> from)
    {
        foreach (var (key, entry) in from)
        {
            into[key] = entry;
        }
    }

    private static void Report(string language, string primary, string? siteFile, Dictionary<string, TextEntry> english,
        Dictionary<string, TextEntry> own, DiagnosticBag diagnostics)
    {
        var file = siteFile ?? Folder + "/" + language + ".yml";
        if (own.Count == 0)
        {
            diagnostics.Warning(Codes.NoInterfaceLanguage, siteFile ?? "site.config.yml", TextPosition.File,
                $"no interface strings for language '{language}': pages show English labels, dates and counts; "
                + $"copy the tool's {Folder}/en.yml to {file} and translate it");
            return;
        }

        var needed = PluralRules.Categories(primary);
        foreach (var (key, entry) in english.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!own.TryGetValue(key, out var mine))
            {
                diagnostics.Warning(Codes.MissingInterfaceString, file, TextPosition.File,
                    $"interface string '{key}' is missing for language '{language}'; pages show the English "
                    + $"'{Shorten(entry.Text ?? entry.Forms?.GetValueOrDefault(PluralCategory.Other) ?? string.Join(", ", entry.Items ?? []))}'; add '{key}' to {file}");
            }
            else if (entry.Forms is not null && mine.Forms is { } forms && needed.Where(c => !forms.ContainsKey(c)).ToList() is { Count: > 0 } lacking)
            {
                diagnostics.Warning(Codes.MissingPluralForm, file, TextPosition.File,
                    $"count '{key}' has no '{string.Join("', '", lacking.Select(Name))}' form, which {language} needs; "
                    + $"add {string.Join(", ", needed.Select(Name))} to it");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";

    public static string Name(PluralCategory category) => category.ToString().ToLowerInvariant();

    private static Dictionary<string, TextEntry> ReadEmbedded(string language)
    {
        using var stream = typeof(LanguageFiles).Assembly.GetManifestResourceStream($"{Folder}/{language}.yml")
            ?? throw new InvalidOperationException($"The built-in strings {Folder}/{language}.yml are not embedded.");
        using var reader = new StreamReader(stream);
        var diagnostics = new DiagnosticBag();
        var entries = Parse($"{Folder}/{language}.yml", reader.ReadToEnd(), diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.ToString())));
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted().Select(d => d.ToString())));
        }

        return entries;
    }

    /// <summary>
    /// A language file's keys, nested mappings joined with dots (<c>home.latest</c>). A mapping whose keys are all plural
    /// forms (one, few, many, other…) is one counted string; a list is a list (month names); anything else is an error.
    /// </summary>
    internal static Dictionary<string, TextEntry>? Parse(string file, string text, DiagnosticBag diagnostics)
    {
        var root = FrontMatterParser.ParseYaml(file, text.Replace("\r\n", "\n").AsMemory(), firstLine: 1, diagnostics);
        if (root is null)
        {
            return text.Trim().Length == 0 ? [] : null;
        }

        var entries = new Dictionary<string, TextEntry>(StringComparer.Ordinal);
        Flatten(file, "", root, entries, diagnostics);
        return entries;
    }

    private static void Flatten(string file, string prefix, YamlTreeMapping mapping, Dictionary<string, TextEntry> entries, DiagnosticBag diagnostics)
    {
        foreach (var (keyNode, value) in mapping.Entries)
        {
            if (keyNode is not YamlTreeScalar { Value: var name } || name.Length == 0)
            {
                diagnostics.Error(Codes.InterfaceStringsUnreadable, file, At(keyNode), "a key of a language file must be a name such as 'latest'");
                continue;
            }

            var key = prefix + name;
            switch (value)
            {
                case YamlTreeScalar scalar:
                    entries[key] = new TextEntry(scalar.Value);
                    break;
                case YamlTreeSequence sequence when sequence.Items.ToArray().All(i => i is YamlTreeScalar):
                    entries[key] = new TextEntry(null, Items: [.. sequence.Items.ToArray().Select(i => ((YamlTreeScalar)i).Value)]);
                    break;
                case YamlTreeMapping forms when IsCount(forms):
                    entries[key] = new TextEntry(null, forms.Entries.ToArray().ToDictionary(
                        f => Enum.Parse<PluralCategory>(((YamlTreeScalar)f.Key).Value, ignoreCase: true), f => ((YamlTreeScalar)f.Value).Value));
                    break;
                case YamlTreeMapping nested:
                    Flatten(file, key + ".", nested, entries, diagnostics);
                    break;
                default:
                    diagnostics.Error(Codes.InterfaceStringsUnreadable, file, At(value),
                        $"'{key}' must be a text, a list, or a count with one text per plural form (one: …, other: …)");
                    break;
            }
        }
    }

    private static readonly HashSet<string> FormNames = [.. Enum.GetValues<PluralCategory>().Select(Name)];

    private static bool IsCount(YamlTreeMapping mapping) =>
        mapping.Entries.Length > 0 && mapping.Entries.ToArray().All(e => e.Key is YamlTreeScalar { Value: var k } && FormNames.Contains(k) && e.Value is YamlTreeScalar);

    private static TextPosition At(YamlTreeNode node) => new(node.Line, node.Column);
}
