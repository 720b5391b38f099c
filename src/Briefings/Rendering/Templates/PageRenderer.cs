using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>
/// Renders one page: its template with the page's model, then the layout around it. A fresh context per
/// page keeps threads apart; the parsed templates and the builtins are shared.
/// </summary>
public sealed class PageRenderer
{
    public const string Layout = "layout.html";

    private readonly TemplateSet _templates;
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly ScriptObject _site;

    public PageRenderer(TemplateSet templates, ScriptObject site)
    {
        _templates = templates;
        _site = site;
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="page"/>; with a layout unless <paramref name="layout"/> is null.</summary>
    public string Render(string template, ScriptObject page, string? layout = Layout)
    {
        var context = new HtmlTemplateContext(_builtins);
        var globals = new ScriptObject
        {
            ["site"] = _site,
            ["page"] = page,
            ["root"] = page["root"] ?? "",
        };
        globals.Import("include", new IncludeFunction(Include));
        context.PushGlobal(globals);
        try
        {
            var content = RenderTo(context, _templates.Get(template));
            if (layout is null)
            {
                return content;
            }

            globals["content"] = new RawHtml(content);
            return RenderTo(context, _templates.Get(layout));
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateError(e.Span.FileName ?? "templates/" + template, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage);
        }
    }

    /// <summary>
    /// Replaces Scriban's <c>include</c>: the partial sees its argument as <c>item</c>, and its output is
    /// <see cref="RawHtml"/>, so it is not escaped a second time where it is written.
    /// </summary>
    private delegate RawHtml IncludeFunction(TemplateContext context, SourceSpan span, string name, params object?[] item);

    private RawHtml Include(TemplateContext context, SourceSpan span, string name, params object?[] arguments)
    {
        if (arguments.Length > 1)
        {
            throw new ScriptRuntimeException(span, $"include takes a template name and at most one argument, not {arguments.Length}");
        }

        Template template;
        try
        {
            template = _templates.Get(name);
        }
        catch (TemplateError e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }

        context.PushGlobal(new ScriptObject { ["item"] = arguments.Length == 1 ? arguments[0] : null });
        try
        {
            // A partial file ends with a newline; dropping it keeps inline partials inline.
            return new RawHtml(RenderTo(context, template).TrimEnd('\n'));
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private static string RenderTo(TemplateContext context, Template template)
    {
        var output = new StringBuilderOutput();
        context.PushOutput(output);
        try
        {
            context.Evaluate(template.Page!);
            return output.Builder.ToString();
        }
        finally
        {
            context.PopOutput();
        }
    }
}
