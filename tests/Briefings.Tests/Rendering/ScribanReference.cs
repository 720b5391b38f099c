using Briefings.Outputs.Pages.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Tests.Rendering;

/// <summary>
/// Scriban rendering a page as its documentation shows: a new context for every page, plain <see cref="ScriptObject"/>s and
/// <see cref="ScriptArray"/>s for the models, Scriban's own <c>include</c> reading the files through a template loader.
/// On top of that only what docs/templates.md promises of every template: escaped output unless raw, strict variables and
/// members, no auto-indent, and a partial that sees its argument as <c>item</c> and whose output is raw, without its final
/// newlines. The build's path must render what this renders.
/// </summary>
internal sealed class ScribanReference(IReadOnlyDictionary<string, string> files)
{
    private readonly Dictionary<string, Template> _parsed = files.ToDictionary(f => f.Key, f => Template.Parse(f.Value, "templates/" + f.Key));

    /// <summary>The page's output, or its error as <c>error file(line,column): message</c>.</summary>
    public string Render(string template, TemplateModel page, TemplateModel site, string? layout)
    {
        var context = new ReferenceContext(new Loader(files));
        var globals = new ScriptObject
        {
            ["site"] = Plain(site),
            ["page"] = Plain(page),
            ["root"] = page["root"],
        };
        globals["include"] = new ItemInclude(context, (IScriptCustomFunction)context.BuiltinObject["include"]!);
        context.PushGlobal(globals);
        try
        {
            var body = _parsed[template].Render(context);
            if (layout is null)
            {
                return body;
            }

            globals["content"] = new RawHtml(body);
            return _parsed[layout].Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            return $"error {e.Span.FileName}({e.Span.Start.Line + 1},{e.Span.Start.Column + 1}): {e.OriginalMessage}";
        }
    }

    /// <summary>The same data as plain Scriban objects, made anew for every page, so that nothing one page does can reach another.</summary>
    public static object? Plain(object? value) => value switch
    {
        TemplateModel model => model.Aggregate(new ScriptObject(), (copy, field) =>
        {
            copy[field.Key] = Plain(field.Value);
            return copy;
        }),
        ScriptArray array => new ScriptArray(array.Select(Plain)),
        _ => value,
    };

    private sealed class ReferenceContext : TemplateContext
    {
        /// <summary>Includes under way whose partial has not started yet: the scope each will see its <c>item</c> in, and the item.</summary>
        public Stack<(ScriptObject Scope, object? Item)> Pending { get; } = new();

        public ReferenceContext(ITemplateLoader loader)
        {
            TemplateLoader = loader;
            StrictVariables = true;
            EnableRelaxedMemberAccess = false;
            AutoIndent = false;
            LimitToString = 0;
            LoopLimit = 1_000_000;
            RecursiveLimit = 64;
        }

        /// <summary>A partial starts: its <c>item</c> is set only now, after Scriban has read the named arguments where the caller is.</summary>
        public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
        {
            if (scriptNode is ScriptPage && Pending.TryPop(out var pending))
            {
                pending.Scope["item"] = pending.Item;
            }

            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }

        /// <summary>The build's own escaping: the one thing of the build's context this context has.</summary>
        public override TemplateContext Write(SourceSpan span, object? textAsObject)
        {
            HtmlOutput.Write(this, textAsObject);
            return this;
        }
    }

    private sealed class Loader(IReadOnlyDictionary<string, string> files) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => "templates/" + templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            files.TryGetValue(templatePath["templates/".Length..], out var text)
                ? text
                : throw new ScriptRuntimeException(callerSpan, $"template '{templatePath["templates/".Length..]}' not found");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }

    /// <summary>
    /// Scriban's include with the argument bound as <c>item</c> in a scope of the partial's own. What the partial assigns
    /// lands, as in Scriban, where its caller assigns: it is copied there once the partial is done.
    /// </summary>
    private sealed class ItemInclude(ReferenceContext reference, IScriptCustomFunction include) : IScriptCustomFunction
    {
        public int RequiredParameterCount => include.RequiredParameterCount;

        public int ParameterCount => include.ParameterCount;

        public ScriptVarParamKind VarParamKind => include.VarParamKind;

        public Type ReturnType => typeof(RawHtml);

        public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var scope = new ScriptObject();
            reference.Pending.Push((scope, arguments.Count > 1 ? arguments[1] : null));
            context.PushGlobal(scope);
            string html;
            try
            {
                html = (string)include.Invoke(context, callerContext, arguments, blockStatement)!;
            }
            finally
            {
                // A partial that never started (one that does not exist) leaves its item behind.
                if (reference.Pending.TryPeek(out var waiting) && ReferenceEquals(waiting.Scope, scope))
                {
                    reference.Pending.Pop();
                }

                context.PopGlobal();
            }

            foreach (var (name, value) in scope)
            {
                if (name != "item")
                {
                    context.CurrentGlobal!.TrySetValue(context, callerContext?.Span ?? default, name, value, false);
                }
            }

            return new RawHtml(html.TrimEnd('\n'));
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
