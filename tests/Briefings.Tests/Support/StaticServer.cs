using System.Net;
using System.Net.Sockets;

namespace Briefings.Tests.Support;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1 under a sub-folder (e.g. /x/briefings/), as a static host
/// would: folder URLs get index.html, missing files get 404.html with status 404.
/// </summary>
public sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly string _basePath;
    private readonly Task _loop;

    private StaticServer(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        var port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        Url = $"http://127.0.0.1:{port}{basePath}";
        _loop = Task.Run(Serve);
    }

    /// <summary>The site's address, ending in the base path's slash.</summary>
    public string Url { get; }

    public List<string> Requests { get; } = [];

    public static StaticServer Start(string root, string basePath = "/x/briefings/") => new(root, basePath);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener throws from GetContextAsync when stopped; that is how the loop ends.
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            lock (Requests)
            {
                Requests.Add(path);
            }

            var file = Map(path);
            var status = 200;
            if (file is null || !File.Exists(file))
            {
                status = 404;
                file = Path.Combine(_root, "404.html");
            }

            var bytes = File.ReadAllBytes(file);
            response.StatusCode = status;
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or HttpListenerException)
        {
            response.StatusCode = 500;
        }
        finally
        {
            response.Close();
        }
    }

    private string? Map(string path)
    {
        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[_basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
