using Briefings.Outputs.Pages.Templates.Compilation;
using Scriban;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>A parsed template and, when the set could be compiled, its compiled form, which is what runs.</summary>
public sealed class LoadedTemplate(Template parsed, CompiledTemplate? compiled)
{
    public Template Parsed { get; } = parsed;

    public CompiledTemplate? Compiled { get; } = compiled;

    /// <summary>
    /// Whether the template reads a local variable (<c>$</c>, <c>$1</c>, <c>$name</c>) or evaluates text that might: only
    /// then does <c>include</c> set the arguments as locals for it.
    /// </summary>
    public bool ReadsLocals { get; } = parsed.Page is { } page && ReadsLocal(page);

    private static bool ReadsLocal(ScriptNode node) =>
        node is ScriptVariable { Scope: ScriptVariableScope.Local } or ScriptMemberExpression { Member.Name: "eval" or "eval_template" }
        || node.Children.Any(child => child is not null && ReadsLocal(child));

    /// <summary>Writes the template's output to the context's current output.</summary>
    public void Evaluate(TemplateContext context)
    {
        if (Compiled is null)
        {
            // As Scriban's Template.Render: what a ret at the template's top level returns is written.
            var returned = context.Evaluate(Parsed.Page!);
            if (returned is not null && context.EnableOutput)
            {
                context.Write(Parsed.Page!.Span, returned);
            }

            return;
        }

        try
        {
            Compiled.Run(context);
        }
        catch (Exception e) when (e is not ScriptRuntimeException)
        {
            // The interpreter reports any other failure as a runtime error of the template, not a crash.
            throw new ScriptRuntimeException(Parsed.Page!.Span, e.Message, e);
        }
    }
}
