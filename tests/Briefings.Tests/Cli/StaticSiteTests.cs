using System.Text;
using Briefings.Cli.Serve;
using Microsoft.AspNetCore.Http;

namespace Briefings.Tests.Cli;

/// <summary>serve's file answering, without a server: requests as Kestrel hands them over, with the path already decoded.</summary>
public sealed class StaticSiteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefings-tests-").FullName;

    public StaticSiteTests()
    {
        Write("index.html", "<html><body><p>home</p></body></html>");
        Write("404.html", "<html><body>Page not found</body></html>");
        Write("people/володимир-зеленський/index.html", "<html><body>Зеленський</body></html>");
        Write("feed.xml", "<feed/>");
    }

    [Fact]
    public async Task A_Unicode_folder_is_found_from_its_decoded_path()
    {
        var (status, body, _) = await Request("/people/володимир-зеленський/");

        Assert.Equal(200, status);
        Assert.StartsWith("<html><body>Зеленський<script data-briefings-live-reload>", body);
        Assert.EndsWith("</script>\n</body></html>", body);
    }

    [Fact]
    public async Task A_folder_without_its_slash_is_redirected_with_the_path_percent_encoded()
    {
        var (status, _, context) = await Request("/people/володимир-зеленський");

        Assert.Equal(302, status);
        Assert.Equal("/people/%D0%B2%D0%BE%D0%BB%D0%BE%D0%B4%D0%B8%D0%BC%D0%B8%D1%80-%D0%B7%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9/",
            context.Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("//people", null, "/people/")]
    [InlineData("///people//володимир-зеленський", null, "/people/%D0%B2%D0%BE%D0%BB%D0%BE%D0%B4%D0%B8%D0%BC%D0%B8%D1%80-%D0%B7%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9/")]
    [InlineData("/x/briefings//people", "/x/briefings/", "/x/briefings/people/")]
    public async Task A_redirect_is_built_from_the_normalised_path_and_never_names_another_host(string path, string? basePath, string location)
    {
        var (status, _, context) = await Request(path, basePath is null ? null : BasePath.Parse(basePath));

        Assert.Equal(302, status);
        Assert.Equal(location, context.Response.Headers.Location.ToString());
    }

    [Theory]
    [InlineData("/nothing/here/")]
    [InlineData("/../outside")]
    [InlineData("/people/..\\..\\outside")]
    public async Task Missing_and_escaping_paths_get_the_404_page(string path)
    {
        var (status, body, _) = await Request(path);

        Assert.Equal(404, status);
        Assert.Contains("Page not found", body);
    }

    [Fact]
    public async Task Other_files_are_sent_as_they_are_with_their_content_type()
    {
        var (status, body, context) = await Request("/feed.xml");

        Assert.Equal(200, status);
        Assert.Equal("<feed/>", body);
        Assert.Equal("text/xml; charset=utf-8", context.Response.ContentType);
    }

    [Fact]
    public async Task Under_a_base_path_the_root_redirects_there_and_paths_outside_it_are_missing()
    {
        var basePath = BasePath.Parse("x/briefings")!;

        Assert.Equal(302, (await Request("/", basePath)).Status);
        Assert.Equal(302, (await Request("/x/briefings", basePath)).Status);
        Assert.Equal(200, (await Request("/x/briefings/", basePath)).Status);
        Assert.Equal(404, (await Request("/index.html", basePath)).Status);
    }

    [Fact]
    public async Task Before_the_first_good_build_every_page_waits_for_one()
    {
        var site = new StaticSite(() => null, BasePath.Root);
        var context = Context("/");

        await site.Serve(context);

        Assert.Equal(503, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("content/briefs/x.md~", true)]
    [InlineData("content/briefs/.x.md.swp", true)]
    [InlineData("content/briefs/4913", true)]
    [InlineData("content/briefs/.#x.md", true)]
    [InlineData("content/briefs/sedRQXCLT", true)]
    [InlineData("content/briefs/sedation.md", false)]
    [InlineData("content/briefs/x.md", false)]
    [InlineData("templates/assets/style.css", false)]
    public void Editor_scratch_files_are_not_changes(string path, bool scratch) =>
        Assert.Equal(scratch, EditorFiles.IsScratch(path));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<(int Status, string Body, HttpContext Context)> Request(string path, BasePath? basePath = null)
    {
        var context = Context(path);
        await new StaticSite(() => _root, basePath ?? BasePath.Root).Serve(context);
        return (context.Response.StatusCode, Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()), context);
    }

    private static DefaultHttpContext Context(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        return context;
    }

    private void Write(string path, string text)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
