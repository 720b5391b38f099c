using System.Text;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// <c>templates/.briefings-ejected</c>: the templates a site copied from the built-in theme with <c>briefings eject</c>,
/// each with the SHA-256 of the built-in version it was copied from. A copy overrides the built-in for good, so a later
/// fix to the built-in would pass the site by unseen; the record lets <c>check</c> and <c>build</c> say when one has
/// changed since (BRF043). One line per template, <c>name hash</c>; lines starting with <c>#</c> are comments.
/// </summary>
public sealed class EjectRecord
{
    /// <summary>Hidden, like the output folder's <c>.briefings-output</c>, so the template walk never takes it for a template.</summary>
    public const string FileName = ".briefings-ejected";

    private const string Header = """
        # Written by `briefings eject`: each template copied from the built-in theme, with the SHA-256 of the
        # built-in version it was copied from. `briefings check` warns when that built-in has changed since.

        """;

    private readonly SortedDictionary<string, string> _hashes;

    private EjectRecord(SortedDictionary<string, string> hashes)
    {
        _hashes = hashes;
    }

    /// <summary>Template name (relative to templates/) → the recorded SHA-256 of its built-in original.</summary>
    public IReadOnlyDictionary<string, string> Hashes => _hashes;

    public static string PathIn(SiteSource source) => Path.Combine(source.TemplatesDirectory, FileName);

    public static string File => "templates/" + FileName;

    /// <summary>The site's record; empty when it has none. Lines that do not read are reported (BRF044) and left out.</summary>
    public static EjectRecord Read(SiteSource source, DiagnosticBag diagnostics)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var path = PathIn(source);
        if (!System.IO.File.Exists(path) || TextFileReader.Read(path, File, SiteConfig.DefaultMaxFileBytes, diagnostics) is not { } text)
        {
            return new EjectRecord(hashes);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !IsName(parts[0]) || !IsHash(parts[1]))
            {
                diagnostics.Warning(Codes.EjectRecordUnreadable, File, new TextPosition(i + 1, 1),
                    "line does not read as a template name and its SHA-256 (64 hex digits), so it is ignored; " +
                    "record the template again with 'briefings eject --accept <template>'");
                continue;
            }

            hashes[parts[0]] = parts[1].ToLowerInvariant();
        }

        return new EjectRecord(hashes);
    }

    /// <summary>
    /// Warns (BRF043) for each template the site still has a copy of whose built-in original is no longer the one it
    /// was copied from: changed since, or gone from the theme. A copy the author has deleted is not warned about, since
    /// the built-in is used again.
    /// </summary>
    public static void Check(SiteSource source, BuiltInTheme theme, DiagnosticBag diagnostics)
    {
        foreach (var (name, hash) in Read(source, diagnostics).Hashes)
        {
            if (!System.IO.File.Exists(Path.Combine(source.TemplatesDirectory, name)))
            {
                continue;
            }

            var file = "templates/" + name;
            if (!theme.Contains(name))
            {
                diagnostics.Warning(Codes.EjectedTemplateChanged, file, TextPosition.File,
                    $"'{name}' is no longer a built-in template, so only a template that includes it by name still uses this copy; " +
                    $"delete it, or remove its line from {File} to keep it as your own");
            }
            else if (theme.Hash(name) != hash)
            {
                diagnostics.Warning(Codes.EjectedTemplateChanged, file, TextPosition.File,
                    $"the built-in '{name}' has changed since this copy was ejected; compare the two with 'briefings eject --print {name}', " +
                    $"bring in what you want, then record it with 'briefings eject --accept {name}'");
            }
        }
    }

    /// <summary>The record with <paramref name="name"/> at the built-in version of <paramref name="theme"/>.</summary>
    public EjectRecord With(string name, BuiltInTheme theme)
    {
        var hashes = new SortedDictionary<string, string>(_hashes, StringComparer.Ordinal) { [name] = theme.Hash(name) };
        return new EjectRecord(hashes);
    }

    public string ToText()
    {
        var text = new StringBuilder(Header);
        foreach (var (name, hash) in _hashes)
        {
            text.Append(name).Append(' ').Append(hash).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A path inside templates/, never out of it: the record is read before anything checks the names it holds.</summary>
    private static bool IsName(string text) =>
        !text.StartsWith('/') && text.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");

    private static bool IsHash(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigit);
}
