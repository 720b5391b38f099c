using BenchmarkDotNet.Attributes;
using Briefings.Checking;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Graph;
using Briefings.Markdown;
using Briefings.Outputs.Pages;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Briefings.Outputs.Search;
using Briefings.Writing;

namespace Briefings.Benchmarks;

/// <summary>
/// The hot paths of a build, one brief or one page at a time: what the full-build benchmark (bench/run)
/// spends its time on. The site is BRIEFINGS_BENCH_SITE (a folder with site.config.yml), else the sample site.
/// </summary>
[MemoryDiagnoser]
public class HotPaths
{
    private byte[] _briefText = [];
    private LoadedContent _content = null!;
    private EntityIndex _index = null!;
    private IReadOnlyDictionary<EntityKey, RenderedBody> _bodies = null!;
    private BodyRenderer _bodyRenderer = null!;
    private Brief _brief = null!;
    private PageRenderer _pageRenderer = null!;
    private PageRenderer _interpretingRenderer = null!;
    private PageJob _briefPage = null!;
    private ViewModels _models = null!;
    private ContentGraph _graph = null!;

    [GlobalSetup]
    public void Setup()
    {
        var site = Environment.GetEnvironmentVariable("BRIEFINGS_BENCH_SITE") ?? FindRepositoryRoot();
        var source = SiteSource.FromConfig(Path.Combine(site, "site.config.yml"));
        var diagnostics = new DiagnosticBag();
        _content = ContentLoader.Load(source, new PublishingOptions(), diagnostics)!;
        _index = ContentChecker.Check(_content, diagnostics);
        _bodies = MarkdownStage.Run(_content, _index, diagnostics);
        _brief = _content.Briefs.OrderByDescending(b => b.Body.Markdown.Length).First();
        _briefText = File.ReadAllBytes(Path.Combine(site, _brief.File));
        _bodyRenderer = new BodyRenderer(MarkdownPipelineFactory.Create(), _index, MarkdownStage.CreateMatcher(_index), _content.Config);

        var graph = _graph = GraphBuilder.Build(_content, _index, _bodies);
        var templates = TemplateSet.Load(source, diagnostics);
        var models = _models = new ViewModels(graph);
        _pageRenderer = new PageRenderer(templates, SiteModel.Create(graph));
        _interpretingRenderer = new PageRenderer(TemplateSet.Load(source, diagnostics, compile: false), SiteModel.Create(graph));
        _briefPage = SitePages.All(new PageModel(graph)).First(p => p.Template == "brief.html" && p.Url.Contains(_brief.Slug, StringComparison.Ordinal));
    }

    [Benchmark]
    public Brief FrontMatterParse()
    {
        var diagnostics = new DiagnosticBag();
        var document = FrontMatterParser.Parse(_brief.File, _briefText, diagnostics)!;
        return BriefReader.Read(_brief.Slug, document, YamlFields.Of(document, _brief.File, diagnostics));
    }

    [Benchmark]
    public RenderedBody MarkdownRenderOneBrief() =>
        _bodyRenderer.Render(_brief.File, _brief.Body, new EntityKey(ContentKind.Brief, _brief.Slug), new DiagnosticBag());

    [Benchmark]
    public string TemplateRenderOneBriefPage() => _pageRenderer.Render(_briefPage.Template, _briefPage.Model(_models));

    /// <summary>The same page through Scriban's interpreter: what compiling the templates saves.</summary>
    [Benchmark]
    public string TemplateRenderOneBriefPageInterpreted() => _interpretingRenderer.Render(_briefPage.Template, _briefPage.Model(_models));

    [Benchmark]
    public ContentGraph GraphBuild() => GraphBuilder.Build(_content, _index, _bodies);

    [Benchmark]
    public void SearchIndexBuild() => SearchIndex.Write(_graph, new BufferedWriter());

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefings.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Briefings.sln not found; set BRIEFINGS_BENCH_SITE");
    }
}
