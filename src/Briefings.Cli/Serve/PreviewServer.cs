using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefings.Cli.Serve;

/// <summary>Kestrel on 127.0.0.1 only, answering the live-reload stream and otherwise the static site.</summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:8080/.</summary>
    public Uri Address { get; }

    /// <summary>Cancelled when the host shuts down, whoever asked it to.</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>Starts on <paramref name="port"/>, or on a free port the system picks when that one cannot be had.</summary>
    public static async Task<(PreviewServer Server, string? PortProblem)> Start(int port, StaticSite site, LiveReload reload)
    {
        try
        {
            return (await StartOn(port, site, reload), null);
        }
        catch (IOException e) when (port != 0)
        {
            return (await StartOn(0, site, reload), e.InnerException?.Message ?? e.Message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The event streams end on ApplicationStopping, so a short grace period is enough.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            await _app.StopAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            // Shutting down anyway.
        }

        await _app.DisposeAsync();
    }

    private static async Task<PreviewServer> StartOn(int port, StaticSite site, LiveReload reload)
    {
        // The empty builder reads no appsettings.json, environment URLs or logging config from the
        // author's folder: this server is an implementation detail of the tool, not a web app to configure.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context =>
        {
            if (!LoopbackHost.Allows(context.Request.Host, context.Connection.LocalPort))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            if (context.Request.Path != ReloadScript.EventsPath)
            {
                return site.Serve(context);
            }

            if (!HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = "GET";
                return Task.CompletedTask;
            }

            return reload.Stream(context, stopping);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return new PreviewServer(app, new Uri($"http://127.0.0.1:{address.Port}/"));
    }
}
