using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using Briefings.Output;
using Briefings.Rendering.Models;
using Scriban;
using Scriban.Functions;
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
    private readonly TemplateModel _shared;
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;

    // Scriban lists each built-in function class's methods by reflection, which trimming cannot follow: these
    // keep every one of them (date.parse, string.slice…) callable from a site's templates in the native tool.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ArrayFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(DateTimeFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(HtmlFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(MathFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(ObjectFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(RegexFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(StringFunctions))]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods, typeof(TimeSpanFunctions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Public methods include the base class's ScriptObject.From, kept but never called here.")]
    public PageRenderer(TemplateSet templates, TemplateModel site)
    {
        _templates = templates;
        _shared = new TemplateModel { ["site"] = site };
        _shared["include"] = new IncludeFunction(Include);
        _contexts = new ThreadLocal<HtmlTemplateContext>(() =>
        {
            var context = new HtmlTemplateContext(_builtins);
            context.PushGlobal(_shared);
            return context;
        });
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="page"/>; with a layout unless <paramref name="layout"/> is null.</summary>
    public string Render(string template, TemplateModel page, string? layout = Layout) =>
        Render(template, page, layout, static builder => builder.ToString());

    /// <summary>
    /// Renders a page as UTF-8 into a buffer rented from <see cref="OutputBuffers.Pool"/>, straight from the
    /// builder's chunks: no string of the whole page is made, and the buffer can go to the writer as it is.
    /// </summary>
    public (byte[] Buffer, int Length) RenderUtf8(string template, TemplateModel page, string? layout = Layout) =>
        Render(template, page, layout, OutputBuffers.Encode);

    private T Render<T>(string template, TemplateModel page, string? layout, Func<StringBuilder, T> result)
    {
        var context = _contexts.Value!;
        var root = page["root"] ?? "";
        var globals = new TemplateModel
        {
            ["page"] = page,
            ["root"] = root,
        };
        context.PushGlobal(globals);
        var outerRoot = t_root;
        t_root = root;
        try
        {
            if (layout is null)
            {
                return RenderTo(context, _templates.Get(template), result);
            }

            // The layout writes the page's own output straight from its builder, never made into a string.
            var layoutTemplate = _templates.Get(layout);
            return RenderTo(context, _templates.Get(template), content =>
            {
                globals["content"] = new RawHtmlBuffer(content);
                try
                {
                    return RenderTo(context, layoutTemplate, result);
                }
                finally
                {
                    // The builder goes back to the pool once this returns; nothing may read it after.
                    globals["content"] = null;
                }
            });
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateError(e.Span.FileName ?? "templates/" + template, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage);
        }
        finally
        {
            t_root = outerRoot;
            context.PopGlobal();
        }
    }

    public void Dispose() => _contexts.Dispose();

    /// <summary>The <c>root</c> of the page this thread is rendering: part of what a reusable partial's output depends on.</summary>
    [ThreadStatic]
    private static object? t_root;

    /// <summary>
    /// The output of reusable partials (<see cref="CompiledTemplate.IsReusable"/>) for a shared, read-only model and
    /// a page depth: a person's chip, an actor's link, a status badge, the same on every page at that depth. It lives
    /// as long as this renderer, one render of the site, so no output outlives the models it was made from.
    /// </summary>
    private readonly ConcurrentDictionary<Fragment, string> _fragments = new();

    private readonly record struct Fragment(LoadedTemplate Template, TemplateModel Item, object Root) : IEquatable<Fragment>
    {
        public bool Equals(Fragment other) =>
            ReferenceEquals(Template, other.Template) && ReferenceEquals(Item, other.Item) && Equals(Root, other.Root);

        public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Template), RuntimeHelpers.GetHashCode(Item), Root);
    }

    /// <summary>
    /// Replaces Scriban's <c>include</c>: the partial sees its argument as <c>item</c>, and its output is
    /// <see cref="RawHtml"/>, so it is not escaped a second time where it is written.
    /// </summary>
    private RawHtml? Include(TemplateContext context, SourceSpan span, ScriptArray arguments, bool direct)
    {
        if (arguments.Count is 0 or > 2)
        {
            throw new ScriptRuntimeException(span, $"include takes a template name and at most one argument, not {Math.Max(0, arguments.Count - 1)}");
        }

        LoadedTemplate template;
        try
        {
            template = _templates.Get(context.ObjectToString(arguments[0]) ?? "");
        }
        catch (TemplateError e)
        {
            throw new ScriptRuntimeException(span, e.Message);
        }

        var item = arguments.Count == 2 ? arguments[1] : null;
        // Only the site's own summaries are shared and read-only; a model made for one page is seen once.
        Fragment? fragment = template.Compiled is { IsReusable: true } && item is TemplateModel { IsReadOnly: true } shared && t_root is { } root
            ? new Fragment(template, shared, root)
            : null;
        if (fragment is { } key && _fragments.TryGetValue(key, out var known))
        {
            if (direct)
            {
                ((StringBuilderOutput)context.Output).Builder.Append(known);
                return null;
            }

            return new RawHtml(known);
        }

        // The scope holding `item` is reused, one per nesting level of the thread's includes.
        var scopes = _itemScopes ??= [];
        var scope = scopes.Count > 0 ? scopes.Pop() : [];
        scope["item"] = item;
        context.PushGlobal(scope);
        try
        {
            if (direct)
            {
                var output = ((StringBuilderOutput)context.Output).Builder;
                var start = output.Length;
                template.Evaluate(context);
                output.Length = WithoutFinalNewlines(output, start);
                if (fragment is { } made)
                {
                    _fragments.TryAdd(made, output.ToString(start, output.Length - start));
                }

                return null;
            }

            var html = RenderTo(context, template, static builder => builder.ToString(0, WithoutFinalNewlines(builder, 0)));
            if (fragment is { } rendered)
            {
                _fragments.TryAdd(rendered, html);
            }

            return new RawHtml(html);
        }
        finally
        {
            context.PopGlobal();
            scope["item"] = null;
            scopes.Push(scope);
        }
    }

    [ThreadStatic]
    private static Stack<TemplateModel>? _itemScopes;

    /// <summary>A partial file ends with a newline; dropping it keeps inline partials inline.</summary>
    private static int WithoutFinalNewlines(StringBuilder builder, int start)
    {
        var length = builder.Length;
        while (length > start && builder[length - 1] == '\n')
        {
            length--;
        }

        return length;
    }

    private static string RenderTo(TemplateContext context, LoadedTemplate template) =>
        RenderTo(context, template, static builder => builder.ToString());

    private static T RenderTo<T>(TemplateContext context, LoadedTemplate template, Func<StringBuilder, T> result)
    {
        var builder = RentBuilder();
        context.PushOutput(new StringBuilderOutput(builder));
        try
        {
            template.Evaluate(context);
            return result(builder);
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
    private static Stack<StringBuilder>? _builders;

    private static StringBuilder RentBuilder()
    {
        _builders ??= new Stack<StringBuilder>();
        return _builders.Count > 0 ? _builders.Pop() : new StringBuilder(16 * 1024);
    }

    private static void ReturnBuilder(StringBuilder builder)
    {
        // A huge archive page should not pin its memory for the rest of the build.
        if (builder.Capacity <= 1024 * 1024)
        {
            builder.Clear();
            _builders!.Push(builder);
        }
    }
}
