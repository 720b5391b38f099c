using System.Text;
using Briefings.Outputs.Pages.Templates;
using Briefings.Outputs.Pages.Templates.Compilation;
using Briefings.Tests.Support;
using Scriban;
using Scriban.Runtime;
using Xunit.Abstractions;

namespace Briefings.Tests.Rendering;

/// <summary>
/// Compiled templates against Scriban's interpreter: the same output, byte for byte, and the same errors,
/// at the same places; and the interpreter kept wherever the compiler could not be exact.
/// </summary>
public sealed class TemplateCompilerTests(ITestOutputHelper output)
{
    [Fact]
    public void The_default_templates_compile()
    {
        var templates = TemplateSet.EmbeddedDefaults()
            .Where(t => !t.Name.StartsWith("assets/", StringComparison.Ordinal))
            .ToDictionary(t => t.Name, t => Template.Parse(Encoding.UTF8.GetString(t.Bytes), "templates/" + t.Name));

        var compiled = TemplateCompiler.CompileAll(templates, out var reason);

        Assert.Null(reason);
        Assert.NotNull(compiled);
        Assert.Equal(templates.Count, compiled.Count);
    }

    [Fact]
    public void The_sample_site_is_the_same_compiled_and_interpreted()
    {
        using var site = SampleSite.Copy();
        var compiledOut = Path.Combine(site.Root, "compiled");
        var interpretedOut = Path.Combine(site.Root, "interpreted");
        Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = compiledOut }).Succeeded);
        Assert.True(SiteBuilder.Build(new BuildOptions { ConfigPath = site.ConfigPath, OutputPath = interpretedOut, InterpretTemplates = true }).Succeeded);

        var files = Directory.GetFiles(interpretedOut, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(interpretedOut, f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(compiledOut, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(compiledOut, f)).Order());
        Assert.True(files.Count > 40);
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(interpretedOut, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(compiledOut, file))),
            file + " differs"));
    }

    [Fact]
    public void The_default_partials_that_read_only_their_item_and_root_are_reusable()
    {
        var templates = TemplateSet.EmbeddedDefaults()
            .Where(t => !t.Name.StartsWith("assets/", StringComparison.Ordinal))
            .ToDictionary(t => t.Name, t => Template.Parse(Encoding.UTF8.GetString(t.Bytes), "templates/" + t.Name));

        var compiled = TemplateCompiler.CompileAll(templates)!;

        Assert.Equal(
            ["partials/actor-table.html", "partials/actor.html", "partials/amounts-table.html", "partials/as-of.html", "partials/brief-card.html", "partials/brief-list.html", "partials/chart-bars.html",
                "partials/chart-distribution.html", "partials/chart-patterns.html", "partials/commitment-row.html",
                "partials/kept-rate.html", "partials/lead-image.html", "partials/mention-list.html", "partials/pager.html", "partials/person-chip.html", "partials/picture.html", "partials/quantity.html", "partials/quote.html",
                "partials/scorecard.html", "partials/source.html", "partials/status-badge.html", "partials/timeline-entry.html"],
            compiled.Where(t => t.Value.IsReusable && t.Key.StartsWith("partials/", StringComparison.Ordinal)).Select(t => t.Key).Order(StringComparer.Ordinal));
        // head-meta reads the page.
        Assert.Contains("partials/head-meta.html", compiled.Keys);
    }

    [Fact]
    public void A_partial_is_reused_only_for_the_same_shared_item_and_root_and_only_when_nothing_else_shapes_it()
    {
        var person = new TemplateModel { ["name"] = "Ana", ["url"] = "people/ana/" };
        person.IsReadOnly = true;
        var files = new Dictionary<string, string>
        {
            ["page.html"] = "{{ include 'chip.html' page.person }}|{{ include 'titled.html' page.person }}|{{ include 'dated.html' page.person }}|{{ include 'wraps.html' page.person }}|{{ include 'chip.html' page.own }}",
            ["chip.html"] = "<a href=\"{{ root }}{{ item.url }}\">{{ item.name }}</a>",
            ["titled.html"] = "{{ item.name }} on {{ page.title }}",
            ["dated.html"] = "{{ item.name }} {{ page.title | string.size }}",
            ["wraps.html"] = "[{{ include 'titled.html' item }}]",
        };
        var pages = new[] { ("../../", "One", "Bo"), ("../../", "Two", "Cy"), ("", "Three", "Di"), ("../../", "Four", "Ed") }
            .Select(p => new TemplateModel
            {
                ["root"] = p.Item1,
                ["title"] = p.Item2,
                ["person"] = person,
                ["own"] = new TemplateModel { ["name"] = p.Item3, ["url"] = "people/" + p.Item3 + "/" },
            })
            .ToList();

        var compiledSet = TemplateSet.FromParsed(Parse(files), [], compile: true);
        Assert.True(compiledSet.IsCompiled);
        Assert.True(compiledSet.Get("chip.html").Compiled!.IsReusable);
        Assert.False(compiledSet.Get("titled.html").Compiled!.IsReusable);
        Assert.False(compiledSet.Get("dated.html").Compiled!.IsReusable);
        Assert.False(compiledSet.Get("wraps.html").Compiled!.IsReusable);

        // One renderer for all the pages, as in a build, against the interpreter page by page.
        using var reusing = new PageRenderer(compiledSet, new TemplateModel());
        using var interpreting = new PageRenderer(TemplateSet.FromParsed(Parse(files), [], compile: false), new TemplateModel());
        foreach (var page in pages)
        {
            var expected = interpreting.Render("page.html", page, layout: null);
            output.WriteLine(expected);
            Assert.Equal(expected, reusing.Render("page.html", page, layout: null));
        }
    }

    public static TheoryData<string, string> Compiled => new()
    {
        { "escaping", "<p>{{ page.title }}</p>{{ page.html }}" },
        { "if-else-if", "{{ for n in page.numbers }}{{ if n > 2 }}big{{ else if n == 2 }}two{{ else }}small{{ end }};{{ end }}" },
        { "loop-position", "{{ for x in page.list }}{{ if for.first }}[{{ end }}{{ x }}{{ if !for.last }},{{ end }}{{ for.index }}{{ for.even }}{{ for.odd }}{{ end }}]" },
        { "loop-else", "{{ for x in page.empty }}a{{ else }}none{{ end }}|{{ for x in page.list }}{{ x }}{{ else }}none{{ end }}" },
        { "loop-limit", "{{ for x in page.list limit:2 }}{{ x }}{{ for.last }}{{ end }}|{{ for x in page.list limit:0 }}{{ x }}{{ end }}|{{ for x in page.list limit:-1 }}{{ x }}{{ end }}" },
        { "loop-shadowing", "{{ for x in page.list }}{{ for x in page.numbers }}{{ x }}{{ end }}{{ x }}:{{ for.index }}{{ end }}" },
        { "loop-nested-position", "{{ for x in page.list }}{{ for y in page.numbers }}{{ for.index }}{{ end }}/{{ for.index }} {{ end }}" },
        { "loop-over-null", "{{ for x in page.nothing }}a{{ else }}b{{ end }}." },
        { "loop-over-string", "{{ for c in page.title }}{{ c }}.{{ end }}" },
        { "operators", "{{ page.nothing ?? 'fallback' }} {{ page.title ?? 'x' }} {{ page.nothing || page.title }} {{ page.title && page.nothing }} {{ page.n != 3 }} {{ page.n + 1 }} {{ 'a' + page.n }} {{ !page.nothing }} {{ -page.n }}" },
        { "null-safe-member", "{{ page.nothing?.x }}|{{ page.list.size }}|{{ page.empty.size > 0 }}" },
        { "delegated-pipe", "{{ page.list | array.size }} {{ (page.list | array.offset 1) | array.join ',' }} {{ include 'item.html' (page.list | array.first) }}" },
        { "builtin-function", "{{ string.upcase page.title }} {{ date.parse '2025-01-02' | date.to_string '%Y' }}" },
        { "include", "{{ include 'item.html' page.title }}|{{ for x in page.list }}{{ include 'item.html' x }}{{ end }}|{{ include 'nested.html' page }}|{{ include 'empty.html' }}" },
        { "caller-loop-named-item", "{{ for item in page.list }}{{ include 'item.html' item }}{{ include 'item-or-none.html' }}{{ item }}{{ end }}" },
        { "free-variables-read-again", "{{ page.nothing ?? 'a' }}{{ for x in page.list }}{{ root }}{{ page.nothing ?? 'b' }}{{ include 'nested.html' page }}{{ include 'item.html' x }}{{ end }}{{ root }}{{ page.title }}" },
        { "members-read-again", "{{ page.title }}{{ for x in page.list }}{{ page.title }}{{ page.nothing }}{{ page.holes.size }}{{ page.nothing?.x }}{{ end }}{{ page.nothing ?? 'n' }}{{ page.title.size }}{{ include 'nested.html' page }}{{ include 'nested.html' page }}" },
        { "include-as-value", "{{ if include 'item.html' 'v' }}yes{{ end }} {{ (include 'item.html' 'w') + '!' }}" },
        { "whitespace-control", "<ul>\n  {{~ for x in page.list ~}}\n  <li>{{ x }}</li>\n  {{~ end ~}}\n</ul>\n" },
        { "missing-variable", "ok {{ nope }}" },
        { "missing-member", "ok {{ page.titel }}" },
        { "member-of-null", "ok {{ page.nothing.x }}" },
        { "member-of-loop-null", "{{ for x in page.holes }}{{ x.name }}{{ end }}" },
        { "loop-over-number", "{{ for x in page.n }}{{ x }}{{ end }}" },
        { "missing-partial", "{{ include 'nope.html' }}" },
        { "recursive-partial", "{{ include 'self.html' }}" },
        { "bad-include-arguments", "{{ include }}" },
        { "not-a-function", "{{ page.title 'x' }}" },
    };

    [Theory]
    [MemberData(nameof(Compiled))]
    public void A_compiled_template_renders_as_the_interpreter_does(string name, string page)
    {
        var (compiled, interpreted, isCompiled) = RenderBoth(page);

        output.WriteLine(interpreted);
        Assert.True(isCompiled, name + " was left to the interpreter");
        Assert.Equal(interpreted, compiled);
    }

    public static TheoryData<string, string, string> Interpreted => new()
    {
        { "assignment", "{{ x = 1 }}{{ x }}", "templates/page.html(1,4): assign expression `x=1`" },
        { "capture", "{{ capture c }}a{{ end }}{{ c }}", "templates/page.html(1,4): capture statement `capture c`" },
        { "partial-reads-caller-loop-variable", "{{ for p in page.list }}{{ include 'reads-p.html' }}{{ end }}", "templates/reads-p.html(1,4): reads `p`, a loop variable in templates/page.html(1,8)" },
        { "loop-object-member-outside-subset", "{{ for x in page.list }}{{ for.length }}{{ end }}", "for.length" },
        { "loop-object-passed-on", "{{ for x in page.list }}{{ include 'item.html' for }}{{ end }}", "templates/page.html(1,48): variable `for`" },
        { "loop-variable-in-pipe", "{{ for x in page.list }}{{ x | string.upcase }}{{ end }}", "string.upcase" },
        { "loop-object-in-for-else", "{{ for x in page.list }}{{ for y in page.empty }}{{ y }}{{ else }}{{ for.index }}{{ end }}{{ end }}", "templates/page.html(1,70): member expression `for.index`" },
        { "break", "{{ for x in page.list }}{{ x }}{{ break }}{{ end }}", "templates/page.html(1,35): break statement `break`" },
        { "while", "{{ while false }}{{ end }}", "templates/page.html(1,4): while statement `while false`" },
    };

    [Theory]
    [MemberData(nameof(Interpreted))]
    public void A_template_outside_the_subset_leaves_the_set_to_the_interpreter(string name, string page, string reasonPart)
    {
        var files = Partials(page);
        Assert.Null(TemplateCompiler.CompileAll(Parse(files), out var reason));
        Assert.True(reason?.Contains(reasonPart, StringComparison.Ordinal), reason);

        var (compiled, interpreted, isCompiled) = RenderBoth(page);
        Assert.False(isCompiled, name);
        Assert.Equal(interpreted, compiled);
    }

    [Fact]
    public void A_loop_that_runs_past_the_limit_fails_as_in_the_interpreter()
    {
        var page = "{{ for x in page.many }}{{ for y in page.many }}{{ end }}{{ end }}";
        var (compiled, interpreted, isCompiled) = RenderBoth(page, many: 1001);

        Assert.True(isCompiled);
        Assert.Contains("Exceeding number of iteration limit `1000000`", interpreted);
        Assert.Equal(interpreted, compiled);
    }

    private static Dictionary<string, string> Partials(string page) => new()
    {
        ["page.html"] = page,
        ["item.html"] = "<i>{{ item }}</i>\n",
        ["nested.html"] = "{{ item.title }}{{ for x in item.list }}{{ include 'item.html' x }}{{ end }}\n",
        ["empty.html"] = "",
        ["item-or-none.html"] = "{{ item ?? 'none' }}",
        ["self.html"] = "{{ include 'self.html' }}",
        ["reads-p.html"] = "{{ p }}",
    };

    private static Dictionary<string, Template> Parse(Dictionary<string, string> files) =>
        files.ToDictionary(f => f.Key, f => Template.Parse(f.Value, "templates/" + f.Key));

    private static (string Compiled, string Interpreted, bool IsCompiled) RenderBoth(string page, int many = 0)
    {
        var files = Partials(page);
        var compiledSet = TemplateSet.FromParsed(Parse(files), [], compile: true);
        var interpretedSet = TemplateSet.FromParsed(Parse(files), [], compile: false);
        Assert.False(interpretedSet.IsCompiled);
        return (Render(compiledSet, many), Render(interpretedSet, many), compiledSet.IsCompiled);
    }

    private static string Render(TemplateSet templates, int many)
    {
        using var renderer = new PageRenderer(templates, new TemplateModel { ["title"] = "Site" });
        var page = new TemplateModel
        {
            ["root"] = "../",
            ["title"] = "Tom & <Jerry>",
            ["html"] = new RawHtml("<b>raw</b>"),
            ["n"] = 3,
            ["numbers"] = new ScriptArray { 1, 2, 3 },
            ["list"] = new ScriptArray { "a", "b", "c", "d" },
            ["empty"] = new ScriptArray(),
            ["holes"] = new ScriptArray { new ScriptObject { ["name"] = "x" }, null },
            ["many"] = new ScriptArray(Enumerable.Range(0, many).Cast<object>()),
            ["nothing"] = null,
        };
        try
        {
            return renderer.Render("page.html", page, layout: null);
        }
        catch (TemplateError e)
        {
            return $"error at {e.File}:{e.Line}:{e.Column}: {e.Message}";
        }
    }
}
