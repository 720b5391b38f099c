using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Briefings.Tests.Support;

namespace Briefings.Tests.Cli;

[Collection(CliCollection.Name)]
public sealed partial class ServeCliTests
{
    private const string Brief = "content/briefs/2025-12-15-starmer-peace-deal-needs-robust-guarantees.md";
    private const string BriefPage = "briefs/starmer-peace-deal-needs-robust-guarantees/";
    private const string Title = "Starmer: a peace deal will fail without robust security guarantees";

    // Generous: a cold start of the tool on a busy two-core machine can take several seconds.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Serve_rebuilds_an_edited_brief_and_keeps_the_last_good_page_when_an_edit_breaks_it()
    {
        using var site = SampleSite.Copy();
        using var serve = CliProcess.Start(site.Root, "serve", "--port", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var url = await ServingAt(serve);

        var first = await Get(url + BriefPage);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains(Title, first.Body);
        Assert.Contains("/__briefings/events", first.Body);

        const string edited = "Starmer: guarantees decide whether any deal holds";
        site.Write(Brief, site.Read(Brief).Replace(Title, edited, StringComparison.Ordinal));
        Assert.True(await CliProcess.Eventually(async () => (await Get(url + BriefPage)).Body.Contains(edited, StringComparison.Ordinal), Limit),
            $"the edited title was never served\n{serve.Output}\n{serve.Errors}");

        using var events = await EventStream.Open(url);
        site.Write(Brief, site.Read(Brief).Replace("speakers: [keir-starmer]", "speakers: [keir-starmr]", StringComparison.Ordinal));
        Assert.True(await CliProcess.Eventually(() => Task.FromResult(serve.Errors.Contains("error BRF012", StringComparison.Ordinal)), Limit),
            $"the diagnostic was never reported\n{serve.Output}\n{serve.Errors}");
        Assert.Contains($"{Brief}(6,12): error BRF012: unknown speaker 'keir-starmr'", serve.Errors);
        Assert.Contains("still serving the last good site", serve.Errors);

        var afterError = await Get(url + BriefPage);
        Assert.Equal(HttpStatusCode.OK, afterError.Status);
        Assert.Contains(edited, afterError.Body);
        Assert.True(await CliProcess.Eventually(() => Task.FromResult(events.Received.Contains("event: build-error", StringComparison.Ordinal) &&
            events.Received.Contains("BRF012", StringComparison.Ordinal)), Limit), "the browser overlay was never sent the diagnostic:\n" + events.Received);
        Assert.False(serve.HasExited, serve.Errors);

        var output = Regex.Match(serve.Output, @"→ (\S+)\n").Groups[1].Value;
        Assert.True(Directory.Exists(output), serve.Output);
        Assert.Equal(0, serve.Stop(Limit));
        Assert.EndsWith("Stopped.\n", serve.Output);
        Assert.False(Directory.Exists(output), "serve left its temporary output behind");
    }

    [Fact]
    public async Task Serve_moves_off_a_taken_port_and_serves_under_a_base_path_as_a_static_host_would()
    {
        using var site = SampleSite.Copy();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var serve = CliProcess.Start(site.Root, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--base-path", "x/briefings");
        var url = await ServingAt(serve);

        Assert.Contains($"Port {port} is not available", serve.Output);
        Assert.DoesNotContain($":{port}/", url);
        Assert.EndsWith("/x/briefings/", url);
        var root = new Uri(url).GetLeftPart(UriPartial.Authority);

        var home = await Get(root + "/");
        Assert.Equal(HttpStatusCode.Found, home.Status);
        Assert.Equal("/x/briefings/", home.Location);
        var folder = await Get(url + BriefPage.TrimEnd('/'));
        Assert.Equal(HttpStatusCode.Found, folder.Status);
        Assert.Equal("/x/briefings/" + BriefPage, folder.Location);
        var page = await Get(url + BriefPage);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html; charset=utf-8", page.ContentType);
        var style = await Get(url + "assets/style.css");
        Assert.Equal("text/css; charset=utf-8", style.ContentType);
        Assert.DoesNotContain("__briefings", style.Body);
        var missing = await Get(url + "briefs/no-such-brief/");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains("Page not found", missing.Body);
        Assert.Equal(HttpStatusCode.NotFound, (await Get(root + "/" + BriefPage)).Status);
    }

    /// <summary>
    /// A page on another domain that resolves its name to 127.0.0.1 (DNS rebinding) reaches the preview too, but
    /// under its own Host: it must get nothing, neither pages (drafts among them) nor the diagnostics stream.
    /// </summary>
    [Fact]
    public async Task Serve_answers_only_a_host_that_names_its_loopback_address()
    {
        using var site = SampleSite.Copy();
        using var serve = CliProcess.Start(site.Root, "serve", "--port", "0");
        var url = await ServingAt(serve);
        var port = new Uri(url).Port;
        var events = url + "__briefings/events";

        foreach (var host in new[] { "evil.example", $"evil.example:{port}", $"127.0.0.1:{port + 1}", "127.0.0.1", $"localhost.evil.example:{port}" })
        {
            var page = await Send(HttpMethod.Get, url, host);
            Assert.True(page.Status == HttpStatusCode.Forbidden && page.Body == "", $"{host}: {page}");
            var stream = await Send(HttpMethod.Get, events, host);
            Assert.True(stream.Status == HttpStatusCode.Forbidden && stream.Body == "", $"{host} (events): {stream}");
        }

        foreach (var host in new[] { $"127.0.0.1:{port}", $"localhost:{port}", $"LocalHost:{port}", $"[::1]:{port}" })
        {
            var page = await Send(HttpMethod.Get, url, host);
            Assert.True(page.Status == HttpStatusCode.OK, $"{host}: {page}");
        }

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Send(HttpMethod.Post, events, null)).Status);
        var doubled = await Get(new Uri(url).GetLeftPart(UriPartial.Authority) + "//people");
        Assert.Equal(HttpStatusCode.Found, doubled.Status);
        Assert.Equal("/people/", doubled.Location);
    }

    private static async Task<Response> Send(HttpMethod method, string url, string? host)
    {
        using var request = new HttpRequestMessage(method, url);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        // Read the headers only: a stream that is answered streams on.
        using var response = await Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var body = response.StatusCode == HttpStatusCode.OK && url.EndsWith("events", StringComparison.Ordinal) ? "(stream)" : await response.Content.ReadAsStringAsync();
        return new Response(response.StatusCode, body, response.Content.Headers.ContentType?.ToString(), response.Headers.Location?.OriginalString);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The URL serve prints once its first build is done, which also says which port it took.</summary>
    private static async Task<string> ServingAt(CliProcess serve)
    {
        string? url = null;
        var started = await CliProcess.Eventually(() =>
        {
            url = ServingLine().Match(serve.Output) is { Success: true } match ? match.Groups[1].Value : null;
            return Task.FromResult(url is not null || serve.HasExited);
        }, Limit);
        Assert.True(started && url is not null, $"serve did not start\n{serve.Output}\n{serve.Errors}");
        return url!;
    }

    private static async Task<Response> Get(string url)
    {
        try
        {
            using var response = await Http.GetAsync(url);
            return new Response(response.StatusCode, await response.Content.ReadAsStringAsync(),
                response.Content.Headers.ContentType?.ToString(), response.Headers.Location?.OriginalString);
        }
        catch (HttpRequestException e)
        {
            return new Response(0, e.Message, null, null);
        }
    }

    [GeneratedRegex(@"Serving at (http://127\.0\.0\.1:\d+/\S*)")]
    private static partial Regex ServingLine();

    private sealed record Response(HttpStatusCode Status, string Body, string? ContentType, string? Location);

    /// <summary>The live-reload stream a browser page opens, read in the background.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly StringBuilder _received = new();

        public string Received
        {
            get
            {
                lock (_received)
                {
                    return _received.ToString();
                }
            }
        }

        public static async Task<EventStream> Open(string siteUrl)
        {
            var stream = new EventStream();
            var events = new Uri(new Uri(siteUrl), "/__briefings/events");
            var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var response = await client.GetAsync(events, HttpCompletionOption.ResponseHeadersRead, stream._stop.Token);
            response.EnsureSuccessStatusCode();
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stream._stop.Token));
            _ = Task.Run(async () =>
            {
                try
                {
                    while (await reader.ReadLineAsync(stream._stop.Token) is { } line)
                    {
                        lock (stream._received)
                        {
                            stream._received.Append(line).Append('\n');
                        }
                    }
                }
                catch (Exception e) when (e is OperationCanceledException or IOException or HttpRequestException)
                {
                    // The test is over or serve stopped.
                }
                finally
                {
                    response.Dispose();
                    client.Dispose();
                }
            });
            return stream;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
        }
    }
}
