using Briefings.Tests.Support;

namespace Briefings.Tests.Browser;

/// <summary>
/// A copy of the sample site built for the address it is served from, under /x/briefings/, as a site is
/// built for its host: the 404 page links to its stylesheet by absolute URL, since it is served at any depth.
/// It holds the <see cref="PublishingProbe"/> briefs too, so the checks meet retracted and expired briefs.
/// It is built two to a page (<c>paginate: 2</c>), so that its lists run over pages and every paged page type exists.
/// </summary>
public sealed class ServedSampleSite : IDisposable
{
    private readonly TestSite _site = SampleSite.Copy();

    public ServedSampleSite()
    {
        PublishingProbe.AddTo(_site);
        _site.Write("site.config.yml", _site.Read("site.config.yml") + "paginate: 2\n");
        Server = StaticServer.Start(_site.OutputPath);
        var result = SiteBuilder.Build(new BuildOptions { ConfigPath = _site.ConfigPath, OutputPath = _site.OutputPath, BaseUrl = Server.Url, AsOf = TestDates.SampleAsOf });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public StaticServer Server { get; }

    public string Output => _site.OutputPath;

    public void Dispose()
    {
        Server.Dispose();
        _site.Dispose();
    }
}
