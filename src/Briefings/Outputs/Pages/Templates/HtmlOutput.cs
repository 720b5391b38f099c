using Scriban;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>How a template's value is written into a page: escaped, unless it is one of the raw-HTML types.</summary>
public static class HtmlOutput
{
    public static void Write(TemplateContext context, object? value)
    {
        var output = Utf8Output.Of(context);
        switch (value)
        {
            case null:
                return;
            case RawHtml raw when output is not null:
                output.Write(raw.Html);
                return;
            case RawHtml raw:
                context.Write(raw.Html);
                return;
            case RawUtf8Html utf8 when output is not null:
                output.Write(utf8.Utf8.Span);
                return;
            case RawHtmlBuffer buffer when output is not null:
                output.Write(buffer.Output.Written);
                return;
            case RawUtf8Html or RawHtmlBuffer:
                context.Write(value.ToString());
                return;
            default:
                var text = context.ObjectToString(value) ?? "";
                if (output is not null)
                {
                    Html.Escape(text, output);
                }
                else
                {
                    context.Write(Html.Escape(text));
                }

                return;
        }
    }
}
