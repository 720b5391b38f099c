using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>
/// Renders one page: its template with the page's model, then the layout around it. Each thread keeps
/// one template context and reuses it page after page (a context is costly to make); a page's own
/// variables live in a scope pushed for that page and popped after it. Parsed templates are shared.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    public const string Layout = "layout.html";

    private readonly TemplateSet _templates;
    private readonly ScriptObject _builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly ScriptObject _shared;
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;

    public PageRenderer(TemplateSet templates, ScriptObject site)
    {
        _templates = templates;
        _shared = new ScriptObject { ["site"] = site };
        _shared.Import("include", new IncludeFunction(Include));
        _contexts = new ThreadLocal<HtmlTemplateContext>(() =>
        {
            var context = new HtmlTemplateContext(_builtins);
            context.PushGlobal(_shared);
            return context;
        });
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="page"/>; with a layout unless <paramref name="layout"/> is null.</summary>
    public string Render(string template, ScriptObject page, string? layout = Layout)
    {
        var context = _contexts.Value!;
        var globals = new ScriptObject
        {
            ["page"] = page,
            ["root"] = page["root"] ?? "",
        };
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
        finally
        {
            context.PopGlobal();
        }
    }

    public void Dispose() => _contexts.Dispose();

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
        var builder = RentBuilder();
        context.PushOutput(new StringBuilderOutput(builder));
        try
        {
            context.Evaluate(template.Page!);
            return builder.ToString();
        }
        finally
        {
            context.PopOutput();
            ReturnBuilder(builder);
        }
    }

    /// <summary>
    /// Builders are kept per thread and reused: a page is rendered in two or three nested builders
    /// (page, layout, partials), and growing fresh ones for every page was most of what rendering allocated.
    /// </summary>
    [ThreadStatic]
    private static Stack<System.Text.StringBuilder>? _builders;

    private static System.Text.StringBuilder RentBuilder()
    {
        _builders ??= new Stack<System.Text.StringBuilder>();
        return _builders.Count > 0 ? _builders.Pop() : new System.Text.StringBuilder(16 * 1024);
    }

    private static void ReturnBuilder(System.Text.StringBuilder builder)
    {
        // A huge archive page should not pin its memory for the rest of the build.
        if (builder.Capacity <= 1024 * 1024)
        {
            builder.Clear();
            _builders!.Push(builder);
        }
    }
}
