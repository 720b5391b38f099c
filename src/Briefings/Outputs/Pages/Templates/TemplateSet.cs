using System.Collections.Frozen;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Outputs.Pages.Templates.Compilation;
using Scriban;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// The parsed templates and static assets of a build: the defaults embedded in the tool, overridden
/// file by file by the site's own <c>templates/</c>. Parsed once, then shared read-only by every thread.
/// </summary>
public sealed class TemplateSet
{
    private const string AssetsFolder = "assets/";

    private readonly FrozenDictionary<string, LoadedTemplate> _templates;

    private TemplateSet(FrozenDictionary<string, LoadedTemplate> templates, IReadOnlyList<StaticAsset> assets, string? interpretedBecause)
    {
        _templates = templates;
        Assets = assets;
        InterpretedBecause = interpretedBecause;
    }

    /// <summary>Whether the templates run compiled (<see cref="TemplateCompiler"/>) rather than through Scriban's interpreter.</summary>
    public bool IsCompiled => _templates.Values.All(t => t.Compiled is not null);

    /// <summary>When the compiler declined the set: which template and construct kept it from compiling; otherwise null.</summary>
    public string? InterpretedBecause { get; }

    /// <summary>Files under templates/assets/, copied to the output's assets/ folder as they are.</summary>
    public IReadOnlyList<StaticAsset> Assets { get; }

    /// <param name="compile">False to leave every template to Scriban's interpreter, which compiled templates must match.</param>
    /// <param name="theme">The built-in templates the site's own override; the ones embedded in the tool unless a test gives others.</param>
    public static TemplateSet Load(SiteSource source, DiagnosticBag diagnostics, bool compile = true, BuiltInTheme? theme = null)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in (theme ?? BuiltInTheme.Embedded).Files)
        {
            files[name] = bytes;
        }

        // Assets are published byte for byte, so a link out of the site here would publish whatever it names.
        foreach (var path in SiteFileWalker.Files(source, source.TemplatesDirectory, diagnostics))
        {
            // A named pipe reports no length, and opening one blocks until something writes to it.
            files[Path.GetRelativePath(source.TemplatesDirectory, path).Replace('\\', '/')] = new FileInfo(path).Length == 0 ? [] : File.ReadAllBytes(path);
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var assets = new List<StaticAsset>();
        foreach (var (name, bytes) in files)
        {
            if (name.StartsWith(AssetsFolder, StringComparison.Ordinal))
            {
                assets.Add(new StaticAsset(name, bytes));
                continue;
            }

            var file = "templates/" + name;
            var text = TextFileReader.Decode(bytes, file, diagnostics);
            if (text is null)
            {
                continue;
            }

            var template = Template.Parse(text, file);
            if (template.HasErrors)
            {
                var errors = template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error).ToList();
                // Scriban places a missing end where the file ends; it belongs where the block opens.
                var unclosed = errors.Any(UnclosedBlocks.IsMissingEnd) ? UnclosedBlocks.Find(text, file) : [];
                foreach (var message in errors.Where(m => unclosed.Count == 0 || !UnclosedBlocks.IsMissingEnd(m)))
                {
                    diagnostics.Error(Codes.TemplateSyntax, file, new TextPosition(message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
                }

                foreach (var opener in unclosed)
                {
                    diagnostics.Error(Codes.TemplateSyntax, file, new TextPosition(opener.Span.Start.Line + 1, opener.Span.Start.Column + 1), UnclosedBlocks.Message(opener));
                }

                continue;
            }

            templates[name] = template;
        }

        return FromParsed(templates, assets, compile);
    }

    /// <summary>A set of parsed templates, compiled when <paramref name="compile"/> is set and they are all within the compiler's subset.</summary>
    internal static TemplateSet FromParsed(IReadOnlyDictionary<string, Template> templates, IReadOnlyList<StaticAsset> assets, bool compile)
    {
        string? reason = null;
        var compiled = compile ? TemplateCompiler.CompileAll(templates, out reason) : null;
        var loaded = templates.ToFrozenDictionary(
            t => t.Key,
            t => new LoadedTemplate(t.Value, compiled?[t.Key]),
            StringComparer.Ordinal);
        return new TemplateSet(loaded, assets, reason);
    }

    public bool Contains(string name) => _templates.ContainsKey(name);

    /// <summary>The stylesheet a site adds beside the built-in one, to change the look without copying all of it.</summary>
    public const string CustomStylesheet = "assets/custom.css";

    public bool HasAsset(string name) => Assets.Any(a => a.Name == name);

    public LoadedTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new TemplateError("templates/" + name, 1, 1, $"template '{name}' not found");

    /// <summary>The default templates and assets, as embedded from the repository's templates/ folder.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> EmbeddedDefaults() => BuiltInTheme.Embedded.Files;
}

public sealed record StaticAsset(string Name, byte[] Bytes);
