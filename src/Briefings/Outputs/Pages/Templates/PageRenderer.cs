using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using Briefings.Diagnostics;
using Briefings.Outputs.Pages.Templates.Builtins;
using Briefings.Writing;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// Renders one page: its template with the page's model, then the layout around it. Each thread keeps one template
/// context and reuses it page after page (a context is costly to make), yet every page starts from the state a context
/// of its own would have, as in Scriban: its variables live in a scope pushed for the page and popped after it, what a
/// partial assigns lands there too, <c>array.cycle</c> counts from the start, and built-ins a page changed
/// (<c>date.format = …</c>) are made anew. Parsed templates are shared.
/// </summary>
public sealed class PageRenderer : IDisposable
{
    public const string Layout = "layout.html";

    /// <summary>Where an exception from a partial keeps the places it was included from, innermost first.</summary>
    private const string IncludedFromKey = "briefings.included-from";

    private readonly TemplateSet _templates;
    private readonly TemplateModel _shared;
    private readonly ThreadLocal<Worker> _workers;

    /// <summary>One thread's context, and the built-ins it was made with.</summary>
    private sealed record Worker(HtmlTemplateContext Context, TemplateBuiltins Builtins);

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
    /// <param name="text">The site's interface strings, behind <c>t</c> and the other <see cref="TextFunction"/>s; English when null.</param>
    public PageRenderer(TemplateSet templates, TemplateModel site, Content.Languages.InterfaceText? text = null)
    {
        _templates = templates;
        // Every page on every thread reads the one site model: none may change it for the others.
        site.Freeze();
        _shared = new TemplateModel { ["site"] = site };
        _shared["include"] = new IncludeFunction(Include);
        foreach (var (name, function) in TextFunction.For(text ?? Content.Languages.InterfaceText.English))
        {
            _shared[name] = function;
        }

        _workers = new ThreadLocal<Worker>(NewWorker);
    }

    private Worker NewWorker()
    {
        var builtins = TemplateBuiltins.Create();
        var context = new HtmlTemplateContext(builtins.Object);
        context.PushGlobal(_shared);
        return new Worker(context, builtins);
    }

    /// <summary>Renders <paramref name="template"/> with <paramref name="page"/>; with a layout unless <paramref name="layout"/> is null.</summary>
    public string Render(string template, TemplateModel page, string? layout = Layout) =>
        Render(template, page, layout, static output => output.ToString());

    /// <summary>
    /// Renders a page as UTF-8 in a buffer rented from <see cref="OutputBuffers.Pool"/>, the one it was rendered into:
    /// no string of the whole page is made, and the buffer goes to the writer as it is.
    /// </summary>
    public (byte[] Buffer, int Length) RenderUtf8(string template, TemplateModel page, string? layout = Layout) =>
        Render(template, page, layout, static output => output.Detach());

    private T Render<T>(string template, TemplateModel page, string? layout, Func<Utf8Output, T> result)
    {
        var worker = _workers.Value!;
        var context = worker.Context;
        context.Tags.Clear();
        context.MissingMember = null;
        var root = page["root"] ?? "";
        var globals = new TemplateModel
        {
            ["page"] = page,
            ["root"] = root,
        };
        context.PushGlobal(globals);
        var outerRoot = t_root;
        t_root = root;
        var rendered = false;
        try
        {
            T output;
            if (layout is null)
            {
                output = RenderTo(context, _templates.Get(template), result);
            }
            else
            {
                // The layout writes the page's own output straight from where it was rendered, never made into a string.
                var layoutTemplate = _templates.Get(layout);
                output = RenderTo(context, _templates.Get(template), content =>
                {
                    globals["content"] = new RawHtmlBuffer(content);
                    try
                    {
                        return RenderTo(context, layoutTemplate, result);
                    }
                    finally
                    {
                        // The output goes back to the pool once this returns; nothing may read it after.
                        globals["content"] = null;
                    }
                });
            }

            rendered = true;
            return output;
        }
        catch (ScriptRuntimeException e)
        {
            throw Error(context, e, template);
        }
        finally
        {
            t_root = outerRoot;
            if (rendered)
            {
                context.PopGlobal();
            }

            // A failed page may leave the context mid-way (a loop entered, an output pushed); a page that changed a
            // built-in leaves it changed. Either way the next page gets a context of its own.
            if (!rendered || !worker.Builtins.AreAsMade())
            {
                _workers.Value = NewWorker();
            }
        }
    }

    /// <summary>The error as a diagnostic tells it: where, with a did-you-mean for a member, and which templates included the one that failed.</summary>
    private static TemplateError Error(HtmlTemplateContext context, ScriptRuntimeException e, string template)
    {
        var hint = "";
        if (context.MissingMember is { } missing && SameSpan(missing.Span, e.Span))
        {
            hint = Suggestions.DidYouMean(missing.Name, context.GetMemberAccessor(missing.Target).GetMembers(context, missing.Span, missing.Target));
        }

        var includedFrom = e.Data[IncludedFromKey] is List<SourceSpan> spans
            ? spans.Select(s => (s.FileName ?? "", s.Start.Line + 1, s.Start.Column + 1)).ToList()
            : [];
        return new TemplateError(e.Span.FileName ?? "templates/" + template, e.Span.Start.Line + 1, e.Span.Start.Column + 1, e.OriginalMessage)
        {
            Hint = hint,
            IncludedFrom = includedFrom,
        };
    }

    private static bool SameSpan(SourceSpan a, SourceSpan b) =>
        a.FileName == b.FileName && a.Start.Offset == b.Start.Offset && a.End.Offset == b.End.Offset;

    public void Dispose() => _workers.Dispose();

    /// <summary>The <c>root</c> of the page this thread is rendering: part of what a reusable partial's output depends on.</summary>
    [ThreadStatic]
    private static object? t_root;

    /// <summary>
    /// Replaces Scriban's <c>include</c>: the partial sees its argument as <c>item</c> (and, as in Scriban, all of them as
    /// <c>$</c>, <c>$1</c>… and named ones as <c>$name</c>), and its output is <see cref="RawHtml"/>, so it is not escaped
    /// a second time where it is written.
    /// </summary>
    private RawHtml? Include(TemplateContext context, ScriptNode? caller, ScriptArray arguments, bool direct)
    {
        var span = caller?.Span ?? context.CurrentSpan;
        if (arguments.Count == 0)
        {
            throw new ScriptRuntimeException(span, "Expecting at least the name of the template to include for the <include> function");
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

        var item = arguments.Count > 1 ? arguments[1] : null;
        // Only the site's own summaries are shared and read-only; a model made for one page is seen once.
        var (model, root) = template.Compiled is { IsReusable: true } && item is TemplateModel { IsReadOnly: true } shared && t_root is { } pageRoot
            ? (shared, pageRoot)
            : (null, null);
        if (model is not null && RenderedFragments.Find(model, this, template, root!) is { } known)
        {
            if (direct)
            {
                ((Utf8Output)context.Output).Write(known);
                return null;
            }

            return new RawHtml(Encoding.UTF8.GetString(known));
        }

        // Evaluated where the caller is, before the partial's scope hides the caller's locals, as Scriban does.
        var named = caller is ScriptFunctionCall call ? NamedArguments(context, call) : null;
        context.PushGlobal(new IncludeScope(item, context.CurrentGlobal!));
        try
        {
            // Set only for a partial that reads any: most read item alone, and this is two writes to a table per include.
            if (template.ReadsLocals)
            {
                // A copy: the compiled call reuses its array once the include returns, and `$` may outlive it.
                context.SetValue(ScriptVariable.Arguments, new ScriptArray(arguments), true, true);
                foreach (var (name, value) in named ?? [])
                {
                    context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, false, true);
                }
            }

            if (direct)
            {
                var output = (Utf8Output)context.Output;
                var start = output.Length;
                template.Evaluate(context);
                output.Length = WithoutFinalNewlines(output.Written, start);
                if (model is not null)
                {
                    RenderedFragments.Add(model, this, template, root!, output.Written[start..].ToArray());
                }

                return null;
            }

            var html = RenderTo(context, template, static output => output.Written[..WithoutFinalNewlines(output.Written, 0)].ToArray());
            if (model is not null)
            {
                RenderedFragments.Add(model, this, template, root!, html);
            }

            return new RawHtml(Encoding.UTF8.GetString(html));
        }
        catch (ScriptRuntimeException e)
        {
            if (e.Data[IncludedFromKey] is not List<SourceSpan> spans)
            {
                e.Data[IncludedFromKey] = spans = [];
            }

            spans.Add(span);
            throw;
        }
        finally
        {
            context.PopGlobal();
        }
    }

    /// <summary>The named arguments' values, or null (no list made) where there are none, as at nearly every include.</summary>
    private static List<(string Name, object? Value)>? NamedArguments(TemplateContext context, ScriptFunctionCall call)
    {
        List<(string, object?)>? named = null;
        var arguments = call.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is ScriptNamedArgument { Name: { } name, Value: { } value })
            {
                (named ??= []).Add((name.Name, context.Evaluate(value)));
            }
        }

        return named;
    }

    /// <summary>A partial file ends with a newline; dropping it keeps inline partials inline.</summary>
    private static int WithoutFinalNewlines(ReadOnlySpan<byte> output, int start)
    {
        var length = output.Length;
        while (length > start && output[length - 1] == (byte)'\n')
        {
            length--;
        }

        return length;
    }

    private static T RenderTo<T>(TemplateContext context, LoadedTemplate template, Func<Utf8Output, T> result)
    {
        var output = RentOutput();
        context.PushOutput(output);
        try
        {
            template.Evaluate(context);
            return result(output);
        }
        finally
        {
            context.PopOutput();
            output.Clear();
            _outputs!.Push(output);
        }
    }

    /// <summary>
    /// Outputs are kept per thread and reused: a page is rendered in two or three nested outputs (page, layout,
    /// partials), and growing fresh ones for every page was most of what rendering allocated.
    /// </summary>
    [ThreadStatic]
    private static Stack<Utf8Output>? _outputs;

    private static Utf8Output RentOutput()
    {
        _outputs ??= new Stack<Utf8Output>();
        return _outputs.Count > 0 ? _outputs.Pop() : new Utf8Output();
    }
}
