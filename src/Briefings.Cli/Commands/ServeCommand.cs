using System.CommandLine;
using Briefings.Cli.Progress;
using Briefings.Cli.Serve;
using Briefings.Content;
using Briefings.Incremental;

namespace Briefings.Cli.Commands;

/// <summary>
/// <c>briefings serve</c>: build, serve the output on 127.0.0.1, rebuild on every change and reload open pages.
/// The output goes to a temporary folder unless --out names one, so serving never disturbs a deployed _site.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CommonOptions common)
    {
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1; when it is taken, a free one is used instead", DefaultValueFactory = _ => 8080 };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535 (0 picks a free port)");
            }
        });
        var basePath = new Option<string?>("--base-path") { Description = "Serve the site under this sub-folder, e.g. /x/briefings/, as a static host would" };
        basePath.Validators.Add(result =>
        {
            if (BasePath.Parse(result.GetValueOrDefault<string?>()) is null)
            {
                result.AddError("--base-path must be a URL path such as /x/briefings/, without '.', '..', '?' or '#' segments");
            }
        });

        var command = new Command("serve", "Build into a temporary folder (or --out), serve it on 127.0.0.1, and rebuild and reload pages as files change");
        common.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(basePath);
        command.SetAction((result, cancel) => Run(common, result, result.GetValue(port), BasePath.Parse(result.GetValue(basePath))!, cancel));
        return command;
    }

    private static async Task<int> Run(CommonOptions common, ParseResult result, int port, BasePath basePath, CancellationToken cancel)
    {
        var options = common.ToBuildOptions(result);
        var reporter = common.Reporter(result);
        if (!CheckCommand.ConfigExists(options, reporter) || (options.OutputPath is not null && !OutputFolder.IsOwned(options, reporter)))
        {
            return ExitCodes.Usage;
        }

        var scratch = options.OutputPath is null ? Path.Combine(Path.GetTempPath(), "briefings-serve-" + Guid.NewGuid().ToString("N")) : null;
        var output = Path.GetFullPath(options.OutputPath ?? Path.Combine(scratch!, "site"));
        var source = SiteSource.FromConfig(options.ConfigPath);
        var reload = new LiveReload();
        SiteSession? session = null;
        var site = new StaticSite(() => session?.LastGood?.OutputPath, basePath);

        // The server starts before the first build so that the build can take its real address as base_url:
        // the feed, canonical links and 404 page then point at this server, not at the published site.
        var (server, portProblem) = await PreviewServer.Start(port, site, reload);
        try
        {
            if (portProblem is not null)
            {
                reporter.Info($"Port {port} is not available ({portProblem}); using port {server.Address.Port} instead.");
            }

            var url = new Uri(server.Address, basePath.Encoded);
            var relay = new ProgressRelay();
            session = new SiteSession(options with { OutputPath = output, BaseUrl = options.BaseUrl ?? url.ToString(), Progress = relay });
            var first = StageDisplay.Run(reporter, "build", options, withDisplay =>
            {
                relay.Target = withDisplay.Progress;
                try
                {
                    return session.Build();
                }
                finally
                {
                    relay.Target = null;
                }
            });
            reporter.Diagnostics(first.Diagnostics);
            if (first.Succeeded)
            {
                reporter.Info(Summary.Built(first));
                if (Summary.Interpreted(first) is { } interpreted)
                {
                    reporter.Detail(interpreted);
                }

                // A page opened while the first build ran was answered "no site yet"; now there is one.
                reload.Reload(null);
            }
            else
            {
                reporter.Error($"Build failed: {Reporter.Count(first.Diagnostics)}; the site will be served as soon as they are fixed.");
                reload.Errors(first.Diagnostics.Select(d => d.ToString()).ToList());
            }

            // The address is printed even with --quiet: without it there is nothing to open.
            Console.Out.WriteLine($"Serving at {url} (watching content/, templates/, static/ and {Path.GetFileName(source.ConfigPath)}; Ctrl+C to stop)");

            var rebuilder = new LiveRebuilder(session, source, reload, reporter, basePath, first.Diagnostics);
            var batcher = new ChangeBatcher(quiet: TimeSpan.FromMilliseconds(25), longest: TimeSpan.FromSeconds(1));
            using var watcher = new SiteWatcher(source, batcher.Add);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, server.Stopping);
            try
            {
                await batcher.Run(rebuilder.Rebuild, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: fall through to a clean shutdown.
            }

            reporter.Info("Stopped.");
            return ExitCodes.Success;
        }
        finally
        {
            await server.DisposeAsync();
            session?.Stop();
            if (scratch is not null)
            {
                TryDelete(scratch);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder the OS will clear anyway; not worth failing a clean exit for.
        }
    }
}
