using Scriban;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>How a template's value is written into a page: escaped, unless it is one of the raw-HTML types.</summary>
public static class HtmlOutput
{
    public static void Write(TemplateContext context, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case RawHtml raw:
                context.Write(raw.Html);
                return;
            case RawUtf8Html utf8 when context.Output is StringBuilderOutput output:
                utf8.AppendTo(output.Builder);
                return;
            case RawUtf8Html utf8:
                context.Write(utf8.ToString());
                return;
            case RawHtmlBuffer { Builder: var builder } when context.Output is StringBuilderOutput output:
                output.Builder.Append(builder);
                return;
            case RawHtmlBuffer buffer:
                context.Write(buffer.ToString());
                return;
            default:
                context.Write(Html.Escape(context.ObjectToString(value) ?? ""));
                return;
        }
    }
}
