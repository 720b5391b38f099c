using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every <c>{{ expression }}</c> result unless it is <see cref="RawHtml"/>
/// (<see cref="HtmlOutput"/>). Scriban has no escaping of its own; every expression result (piped or not) passes
/// through <see cref="Write(SourceSpan, object)"/>, while the template's literal text does not.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
        StrictVariables = true;
        // Strict variables do not cover members: without this, page.titel would quietly print nothing.
        EnableRelaxedMemberAccess = false;
        // Called where a member is missing, before the error (or a sort by a path that goes on without it): what
        // a did-you-mean needs, kept until the error, if any, reaches the renderer.
        TryGetMember = (_, span, target, member, out value) =>
        {
            MissingMember = (span, target, member);
            value = null;
            return false;
        };
        // Guards against a template that loops or recurses without end.
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;
        // Scriban counts this limit over everything a context has written (1 MB by default) and then
        // silently truncates: a big archive page came out empty, and so would every page of a reused context.
        LimitToString = 0;
        // Scriban would indent every line of a multi-line value by the whitespace before its {{ }}, which
        // shifts the lines of a code block in a body; HTML needs no such indentation.
        AutoIndent = false;
    }

    /// <summary>The last member looked up and not found: where, on what, by which name.</summary>
    public (SourceSpan Span, object Target, string Name)? MissingMember { get; set; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        HtmlOutput.Write(this, textAsObject);
        return this;
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        ValueTask.FromResult(Write(span, textAsObject));
}
