using System.Globalization;
using Briefings.Diagnostics;
using YamlDotNet.Core;

namespace Briefings.Content;

/// <summary>
/// Typed, position-aware reads from one YAML mapping. Every read reports its own problems
/// (wrong type, bad date) and remembers the key, so unknown keys can be warned about at the end.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlTreeMapping _map;
    private readonly int _firstLine;

    // The keys asked for, known or not: few and fixed per reader, so a short list beats a hash set.
    private string[] _read = new string[12];
    private int _readCount;

    public YamlFields(YamlTreeMapping map, string file, int firstLine, DiagnosticBag diagnostics)
    {
        _map = map;
        File = file;
        _firstLine = firstLine;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    public TextPosition Start => At(_map);

    public TextPosition At(YamlTreeNode node) => new(node.Line + _firstLine - 1, node.Column);

    public static YamlFields Of(FrontMatterDocument document, string file, DiagnosticBag diagnostics) =>
        new(document.Root, file, document.YamlFirstLine, diagnostics);

    public YamlTreeNode? Node(string key)
    {
        Asked(key);
        return _map.Find(key) is { } node && !IsNull(node) ? node : null;
    }

    public TextPosition KeyAt(string key)
    {
        foreach (var (k, _) in _map.Entries)
        {
            if (k is YamlTreeScalar { Value: var v } && v == key)
            {
                return At(k);
            }
        }

        return Start;
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (node is YamlTreeScalar scalar)
        {
            return scalar.Value;
        }

        WrongType(key, node, "text");
        return null;
    }

    public (string Value, TextPosition At)? Located(string key, bool required = false)
    {
        var node = Node(key);
        var value = String(key, required);
        return value is null || node is null ? null : (value, At(node));
    }

    public Ref? Id(string key, bool required = false)
    {
        var located = Located(key, required);
        return located is null ? null : new Ref(located.Value.Value.Trim(), located.Value.At);
    }

    public DateOnly? Date(string key, bool required = false) => LocatedDate(key, required)?.Date;

    /// <summary>A date with where it was written, for rules that compare it with another date.</summary>
    public (DateOnly Date, TextPosition At)? LocatedDate(string key, bool required = false)
    {
        var node = Node(key);
        var text = String(key, required);
        if (text is null || node is null)
        {
            return null;
        }

        if (IsoDates.Parse(text, out var problem) is { } date)
        {
            return (date, At(node));
        }

        Diagnostics.Error(Codes.InvalidDate, File, At(node), $"'{key}' {problem}");
        return null;
    }

    public bool Bool(string key, bool fallback)
    {
        var node = Node(key);
        var text = String(key);
        if (text is null || node is null)
        {
            return fallback;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on":
                return true;
            case "false" or "no" or "off":
                return false;
            default:
                Diagnostics.Error(Codes.WrongType, File, At(node), $"'{key}' must be true or false, not '{Shorten(text)}'");
                return fallback;
        }
    }

    public long? Integer(string key)
    {
        var node = Node(key);
        var text = String(key);
        if (text is null || node is null)
        {
            return null;
        }

        if (long.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Diagnostics.Error(Codes.WrongType, File, At(node), $"'{key}' must be a whole number, not '{Shorten(text)}'");
        return null;
    }

    /// <summary>A list of scalars; a single scalar is taken as a list of one, as authors often write.</summary>
    public IReadOnlyList<(string Value, TextPosition At)> LocatedList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlTreeScalar scalar:
                return scalar.Value is "" ? [] : [(scalar.Value, At(scalar))];
            case YamlTreeSequence sequence:
                var items = new List<(string, TextPosition)>(sequence.Items.Length);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlTreeScalar { Value: var value } && !IsNull(item))
                    {
                        items.Add((value, At(item)));
                    }
                    else
                    {
                        Diagnostics.Error(Codes.WrongType, File, At(item), $"each item of '{key}' must be a single value, not {Describe(item)}");
                    }
                }

                return items;
            default:
                WrongType(key, node, "a list");
                return [];
        }
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var located = LocatedList(key);
        var strings = new List<string>(located.Count);
        for (var i = 0; i < located.Count; i++)
        {
            strings.Add(located[i].Value);
        }

        return strings;
    }

    public IReadOnlyList<Ref> Ids(string key)
    {
        var located = LocatedList(key);
        var ids = new List<Ref>(located.Count);
        for (var i = 0; i < located.Count; i++)
        {
            ids.Add(new Ref(located[i].Value.Trim(), located[i].At));
        }

        return ids;
    }

    public YamlFields? Mapping(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlTreeMapping map:
                return new YamlFields(map, File, _firstLine, Diagnostics);
            default:
                WrongType(key, node, "a mapping of 'key: value' pairs");
                return null;
        }
    }

    /// <summary>A list of mappings, such as <c>quotes:</c> or <c>commitments:</c>.</summary>
    public IReadOnlyList<YamlFields> Mappings(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlTreeSequence sequence:
                var items = new List<YamlFields>(sequence.Items.Length);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlTreeMapping map)
                    {
                        items.Add(new YamlFields(map, File, _firstLine, Diagnostics));
                    }
                    else
                    {
                        Diagnostics.Error(Codes.WrongType, File, At(item), $"each item of '{key}' must be a mapping of 'key: value' pairs, not {Describe(item)}");
                    }
                }

                return items;
            default:
                WrongType(key, node, "a list");
                return [];
        }
    }

    /// <summary>
    /// Reports every key no read asked for. A slip of a known key is an error, since the value the author
    /// meant to give would be lost; any other key is ignored with a warning that names the keys read here.
    /// </summary>
    public void ReportUnknownKeys(string where)
    {
        var known = new ArraySegment<string>(_read, 0, _readCount);
        foreach (var (key, _) in _map.Entries)
        {
            if (key is not YamlTreeScalar { Value: var name })
            {
                Diagnostics.Warning(Codes.UnknownKey, File, At(key), $"ignored a non-text key in {where}");
                continue;
            }

            if (WasAsked(name))
            {
                continue;
            }

            if (Suggestions.Misspelling(name, known) is { } meant)
            {
                Diagnostics.Error(Codes.MisspeltKey, File, At(key),
                    $"unknown key '{Shorten(name)}' in {where} would lose its value; did you mean '{meant}'?");
                continue;
            }

            var hint = Suggestions.Nearest(name, known) is { } near
                ? $"did you mean '{near}'?"
                : $"remove it, or use one of: {string.Join(", ", (IEnumerable<string>)known)}";
            Diagnostics.Warning(Codes.UnknownKey, File, At(key), $"unknown key '{Shorten(name)}' in {where} is ignored; {hint}");
        }
    }

    public void Missing(string key) =>
        Diagnostics.Error(Codes.MissingField, File, Start, $"missing required field '{key}'");

    private void WrongType(string key, YamlTreeNode node, string expected) =>
        Diagnostics.Error(Codes.WrongType, File, At(node), $"'{key}' must be {expected}, not {Describe(node)}");

    private bool WasAsked(string key)
    {
        for (var i = 0; i < _readCount; i++)
        {
            if (_read[i] == key)
            {
                return true;
            }
        }

        return false;
    }

    private void Asked(string key)
    {
        if (WasAsked(key))
        {
            return;
        }

        if (_readCount == _read.Length)
        {
            Array.Resize(ref _read, _read.Length * 2);
        }

        _read[_readCount++] = key;
    }

    private static bool IsNull(YamlTreeNode node) =>
        node is YamlTreeScalar { Value: "" or "~" or "null", Style: ScalarStyle.Plain };

    private static string Describe(YamlTreeNode node) => node switch
    {
        YamlTreeMapping => "a mapping",
        YamlTreeSequence => "a list",
        _ => "an empty value",
    };

    internal static string Shorten(string text) =>
        text.Length <= 60 ? text : text[..57] + "…";
}
