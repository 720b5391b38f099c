using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates.Builtins;

/// <summary>
/// <c>array.map</c> or <c>array.sort</c> by a member name, as Scriban's, except that an item without that member is an
/// error, as a misspelt member is everywhere else: Scriban would quietly leave the item out of the map, or sort it first.
/// A sort may name a path (<c>'organization.name'</c>), which stops, as Scriban's does, at a null on the way.
/// </summary>
internal sealed class MemberNameFunction(IScriptCustomFunction scriban, bool path) : IScriptCustomFunction
{
    public int RequiredParameterCount => scriban.RequiredParameterCount;

    public int ParameterCount => scriban.ParameterCount;

    public ScriptVarParamKind VarParamKind => scriban.VarParamKind;

    public Type ReturnType => scriban.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => scriban.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments is [IEnumerable items and not string, string { Length: > 0 } member, ..])
        {
            foreach (var item in items)
            {
                Check(context, callerContext, item, member);
            }
        }

        return scriban.Invoke(context, callerContext, arguments, blockStatement);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private void Check(TemplateContext context, ScriptNode? callerContext, object? item, string member)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (item is null || context.GetMemberAccessor(item).HasMember(context, span, item, member))
        {
            return;
        }

        var target = item;
        var missing = member;
        if (path && member.Contains('.'))
        {
            foreach (var step in member.Split('.'))
            {
                if (target is null)
                {
                    return;
                }

                var accessor = context.GetMemberAccessor(target);
                if (!accessor.HasMember(context, span, target, step))
                {
                    missing = step;
                    break;
                }

                accessor.TryGetValue(context, span, target, step, out target);
            }

            if (missing == member)
            {
                return;
            }
        }

        // Told to the context as a member expression's miss is, which makes the did-you-mean.
        context.TryGetMember?.Invoke(context, span, target!, missing, out _);
        throw new ScriptRuntimeException(span, $"Cannot get member with name {missing}.");
    }
}
