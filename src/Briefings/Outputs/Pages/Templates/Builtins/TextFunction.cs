using System.Globalization;
using Briefings.Content.Languages;
using Briefings.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates.Builtins;

/// <summary>
/// The template functions that speak the site's language (docs/templates.md, "Interface strings"):
/// <c>t "key" value…</c>, <c>t_count "key" n value…</c>, <c>t_date date</c>, <c>t_month date</c> and <c>t_number n</c>.
/// What they return depends only on their arguments and the build's language, which never changes within a build,
/// so the template compiler calls them directly and a partial that uses them can still be rendered once and reused.
/// Their text is plain and escaped when written, as every value is.
/// </summary>
internal sealed class TextFunction : IScriptCustomFunction
{
    /// <summary>The names templates call them by.</summary>
    public static readonly IReadOnlyList<string> Names = ["t", "t_count", "t_date", "t_month", "t_number"];

    private readonly InterfaceText _text;
    private readonly string _name;

    private TextFunction(InterfaceText text, string name)
    {
        _text = text;
        _name = name;
    }

    public static IEnumerable<(string Name, TextFunction Function)> For(InterfaceText text) =>
        Names.Select(name => (name, new TextFunction(text, name)));

    public int RequiredParameterCount => _name == "t_count" ? 2 : 1;

    public int ParameterCount => _name is "t" or "t_count" ? 16 : 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "key" : "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count < RequiredParameterCount)
        {
            throw new ScriptRuntimeException(span, $"{_name} needs {(_name == "t_count" ? "a key and a number" : _name == "t" ? "a key" : "a value")}");
        }

        return _name switch
        {
            "t" => Text(span, arguments),
            "t_count" => Count(span, arguments),
            "t_number" => _text.Number(Whole(span, arguments[0])),
            "t_date" => arguments[0] is { } day ? _text.Date(Day(span, day)) : null,
            _ => arguments[0] is { } month ? _text.Month(Day(span, month)) : null,
        };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private string Text(Scriban.Parsing.SourceSpan span, ScriptArray arguments)
    {
        var key = Key(span, arguments[0]);
        var text = _text.Find(key) ?? throw Unknown(span, key, _text.Entry(key) is { Forms: not null } ? $"'{key}' is a count: write t_count '{key}' n" : null);
        return arguments.Count == 1 ? text : _text.Fill(text, null, Rest(arguments, 1));
    }

    private string Count(Scriban.Parsing.SourceSpan span, ScriptArray arguments)
    {
        var key = Key(span, arguments[0]);
        var n = Whole(span, arguments[1]);
        var form = _text.CountForm(key, n) ?? throw Unknown(span, key, _text.Entry(key) is { Text: not null } ? $"'{key}' is not a count: write t '{key}'" : null);
        return _text.Fill(form, _text.Number(n), Rest(arguments, 2));
    }

    private static object?[] Rest(ScriptArray arguments, int from)
    {
        var values = new object?[arguments.Count - from];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[from + i];
        }

        return values;
    }

    private static string Key(Scriban.Parsing.SourceSpan span, object? key) =>
        key as string ?? throw new ScriptRuntimeException(span, "the first argument of an interface string must be its key, such as 'home.latest'");

    private ScriptRuntimeException Unknown(Scriban.Parsing.SourceSpan span, string key, string? why) =>
        new(span, why ?? $"no interface string '{key}' in the built-in strings or i18n/{_text.Language}.yml{Suggestions.DidYouMean(key, _text.Keys)}");

    private long Whole(Scriban.Parsing.SourceSpan span, object? value) => value switch
    {
        int n => n,
        long n => n,
        null => 0,
        IConvertible convertible when convertible.GetTypeCode() is >= TypeCode.SByte and <= TypeCode.Decimal => Convert.ToInt64(convertible, CultureInfo.InvariantCulture),
        _ => throw new ScriptRuntimeException(span, $"{_name} needs a whole number, not '{value}'"),
    };

    private DateOnly Day(Scriban.Parsing.SourceSpan span, object value) => value switch
    {
        DateOnly date => date,
        DateTime time => DateOnly.FromDateTime(time),
        string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        _ => throw new ScriptRuntimeException(span, $"{_name} needs a date such as '2025-12-06', not '{value}'"),
    };
}
