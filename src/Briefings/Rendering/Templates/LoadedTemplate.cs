using Briefings.Rendering.Templates.Compilation;
using Scriban;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>A parsed template and, when the set could be compiled, its compiled form, which is what runs.</summary>
public sealed class LoadedTemplate(Template parsed, CompiledTemplate? compiled)
{
    public Template Parsed { get; } = parsed;

    public CompiledTemplate? Compiled { get; } = compiled;

    /// <summary>Writes the template's output to the context's current output.</summary>
    public void Evaluate(TemplateContext context)
    {
        if (Compiled is null)
        {
            context.Evaluate(Parsed.Page!);
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
