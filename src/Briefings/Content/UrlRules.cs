using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Only http, https and mailto URLs from content reach a page: anything else (javascript:, data:) could run script.</summary>
public static class UrlRules
{
    public static bool IsAllowed(string url)
    {
        var text = url.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme is "http" or "https" ? uri.Host.Length > 0 : uri.Scheme == "mailto";
    }

    public static void Check(string url, TextPosition at, string file, DiagnosticBag diagnostics)
    {
        if (!IsAllowed(url))
        {
            diagnostics.Error(Codes.UnsafeUrl, file, at,
                $"URL '{YamlFields.Shorten(url.Trim())}' is not an absolute http, https or mailto URL; write it in full, e.g. https://example.org/page");
        }
    }
}
