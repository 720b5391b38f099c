using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates.Builtins;

/// <summary>
/// The built-in objects (<c>string</c>, <c>array</c>, <c>date</c>…) of one thread's template context: Scriban's own, but for
/// <c>array.map</c> and <c>array.sort</c>, which check the member names they are given, and <c>include_join</c>, which is
/// refused. A template may change them for the rest of its page, as Scriban allows (<c>date.format = '%Y'</c>,
/// <c>string.extra = 1</c>); <see cref="AreAsMade"/> tells whether one did, so that the next page starts from fresh ones.
/// </summary>
internal sealed class TemplateBuiltins
{
    private readonly (ScriptObject Functions, int Count, KeyValuePair<string, object?>[] Writable)[] _made;

    private TemplateBuiltins(ScriptObject builtins)
    {
        Object = builtins;
        _made = [.. builtins.Values.OfType<ScriptObject>().Select(functions => (functions, functions.Count, Writable(functions)))];
    }

    public ScriptObject Object { get; }

    public static TemplateBuiltins Create()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        var array = (ScriptObject)builtins["array"]!;
        array.SetValue("map", new MemberNameFunction((IScriptCustomFunction)array["map"]!, path: false), true);
        array.SetValue("sort", new MemberNameFunction((IScriptCustomFunction)array["sort"]!, path: true), true);
        builtins.SetValue("include_join", new RefusedFunction(IncludeJoinRefusal), true);
        return new TemplateBuiltins(builtins);
    }

    /// <summary>What <c>include_join</c> says: Scriban's would render its partials as text, to be escaped, with no <c>item</c>.</summary>
    public const string IncludeJoinRefusal = "include_join is not available; write {{ for name in names }}{{ include name }}{{ end }}";

    /// <summary>Whether no template has added a member to a built-in object or changed one it may change.</summary>
    /// <remarks>Asked after every page: loops, as LINQ's closures were 12 MB of a 10,000-brief build's allocations.</remarks>
    public bool AreAsMade()
    {
        foreach (var (functions, count, writable) in _made)
        {
            if (functions.Count != count)
            {
                return false;
            }

            foreach (var (name, value) in writable)
            {
                if (!ReferenceEquals(functions[name], value))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static KeyValuePair<string, object?>[] Writable(ScriptObject functions) =>
        [.. functions.Where(field => functions.CanWrite(field.Key))];

    private sealed class RefusedFunction(string message) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 0;

        public int ParameterCount => 0;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "argument");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, message);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
