using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Briefings.Cli.Serve;

/// <summary>
/// The server-sent event stream open pages listen to: "reload" with the URL paths that changed (which
/// also clears any error overlay), "build-error" with the diagnostics of a failed rebuild.
/// A page that connects while the site has errors is sent them at once, so a reload keeps the overlay.
/// </summary>
internal sealed class LiveReload
{
    private readonly object _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _currentError;

    public int Clients
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    public void Reload(IReadOnlyList<string>? changedUrlPaths)
    {
        var data = changedUrlPaths is null ? "\"*\"" : JsonArray(changedUrlPaths);
        Broadcast(Message("reload", data), error: null);
    }

    public void Errors(IReadOnlyList<string> diagnostics)
    {
        var message = Message("build-error", JsonArray(diagnostics));
        Broadcast(message, error: message);
    }

    /// <summary>
    /// A JSON array of strings, escaped as JsonSerializer escapes them; written by hand rather than serialized,
    /// since reflection-based serialization is not available to the ahead-of-time compiled tool.
    /// </summary>
    internal static string JsonArray(IReadOnlyList<string> values)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Holds the response open and writes each message until the page goes away or the server stops.</summary>
    public async Task Stream(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _clients.Add(channel);
            if (_currentError is { } error)
            {
                channel.Writer.TryWrite(error);
            }
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            // A short retry keeps pages reconnecting quickly after serve is restarted.
            await context.Response.WriteAsync("retry: 1000\n\n", done.Token);
            await context.Response.Body.FlushAsync(done.Token);
            await foreach (var message in channel.Reader.ReadAllAsync(done.Token))
            {
                await context.Response.WriteAsync(message, done.Token);
                await context.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: either way the stream just ends.
        }
        finally
        {
            lock (_gate)
            {
                _clients.Remove(channel);
            }
        }
    }

    private void Broadcast(string message, string? error)
    {
        lock (_gate)
        {
            _currentError = error;
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    private static string Message(string name, string data) => $"event: {name}\ndata: {data}\n\n";
}
