using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// The <c>include</c> function templates call, as a custom function object: Scriban calls a plain delegate
/// through reflection, with an argument array and boxing per call, and a page makes a dozen includes.
/// </summary>
internal sealed class IncludeFunction(Func<TemplateContext, ScriptNode?, ScriptArray, bool, RawHtml?> include) : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 2;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "name") : new ScriptParameterInfo(typeof(object), "item");

    /// <summary>
    /// An include that is a statement of its own (<c>{{ include 'x' item }}</c>) has its result written to the
    /// output at once, and nothing else sees it; such a partial renders straight into the output instead, without
    /// a string of its own. Anywhere else (an assignment, a pipe, an argument) its result is a value.
    /// </summary>
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var direct = callerContext?.Parent is ScriptExpressionStatement && context.EnableOutput && context.Output is Utf8Output;
        return include(context, callerContext, arguments, direct);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
