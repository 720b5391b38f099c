using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Briefings.Cli.Serve;

/// <summary>
/// Answers requests from the output folder as a static host would: directory URLs get their index.html
/// (after a redirect that adds the slash relative links need), missing paths get 404.html with status 404.
/// HTML gets the live-reload script on its way out.
/// </summary>
internal sealed class StaticSite(Func<string?> outputFolder, BasePath basePath)
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task Serve(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        // Kestrel has already decoded the path, so /people/%D0%B2... arrives as /people/в...
        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        var root = outputFolder();
        if (root is null)
        {
            await NoSiteYet(context);
            return;
        }

        var relative = basePath.Strip(path);
        if (relative is null)
        {
            if (path == "/" || path == basePath.Value.TrimEnd('/'))
            {
                Redirect(context, basePath.Encoded);
                return;
            }

            await NotFound(context, root);
            return;
        }

        var file = Resolve(root, relative);
        if (file is null)
        {
            await NotFound(context, root);
            return;
        }

        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                // Built from the normalised segments, never from the raw path: "//people" would otherwise
                // redirect to "//people/", which a browser reads as another host.
                var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.EscapeDataString);
                Redirect(context, basePath.Encoded + string.Concat(segments.Select(s => s + "/")) + request.QueryString);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        if (!File.Exists(file))
        {
            await NotFound(context, root);
            return;
        }

        await Send(context, file, StatusCodes.Status200OK);
    }

    /// <summary>The file a site-relative path names, or null when it would leave the output folder.</summary>
    internal static string? Resolve(string root, string relative)
    {
        var segments = relative.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\') || s.Contains('\0')))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        var folder = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        return full == folder || full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static async Task NotFound(HttpContext context, string root)
    {
        var page = Path.Combine(root, "404.html");
        if (File.Exists(page))
        {
            await Send(context, page, StatusCodes.Status404NotFound);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Not found\n");
    }

    /// <summary>Before the first good build there is nothing to serve; the page waits for one, showing the errors.</summary>
    private static async Task NoSiteYet(HttpContext context)
    {
        var html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Briefings: no site yet</title></head>" +
            "<body><p>The site has not built yet. Fix the errors shown in the terminal; this page reloads when it builds.</p></body></html>";
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await Write(context, "text/html; charset=utf-8", ReloadScript.Inject(Encoding.UTF8.GetBytes(html)));
    }

    private static async Task Send(HttpContext context, string file, int status)
    {
        context.Response.StatusCode = status;
        var type = ContentType(file);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // A rebuild swapped the folder between the existence check and the read; the next request will find it.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "1";
            return;
        }

        await Write(context, type, type.StartsWith("text/html", StringComparison.Ordinal) ? ReloadScript.Inject(bytes) : bytes);
    }

    private static async Task Write(HttpContext context, string contentType, byte[] bytes)
    {
        var response = context.Response;
        response.ContentType = contentType;
        response.ContentLength = bytes.Length;
        // Every save changes pages under the same URLs, so the browser must ask again each time.
        response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    /// <summary>Temporary on purpose: a browser caches a permanent redirect, and the next serve may use another --base-path.</summary>
    private static void Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
    }

    internal static string ContentType(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            return "application/octet-stream";
        }

        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
    }
}
