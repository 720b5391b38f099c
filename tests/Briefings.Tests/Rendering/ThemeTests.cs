using System.Text;
using Briefings.Diagnostics;
using Briefings.Outputs.Pages.Templates;
using Briefings.Tests.Support;

namespace Briefings.Tests.Rendering;

/// <summary>
/// The built-in templates as a theme: a site's copies override them, the eject record follows each copy's original,
/// and a stylesheet of the site's own adds to the built-in one. A newer tool's theme is stood in by
/// <see cref="BuildOptions.Theme"/>, as the same site would meet it after an upgrade.
/// </summary>
public sealed class ThemeTests
{
    private static readonly string BriefCopy = Encoding.UTF8.GetString(BuiltInTheme.Embedded.Bytes("brief.html"));

    /// <summary>The embedded theme with brief.html as a later version of the tool might have it.</summary>
    private static BuiltInTheme WithChangedBrief() =>
        BuiltInTheme.From(BuiltInTheme.Embedded.Files.Select(f => f.Name == "brief.html" ? (f.Name, Encoding.UTF8.GetBytes(BriefCopy + "<p>Fixed later.</p>\n")) : f));

    private static TestSite SiteWithEjectedBrief(string extra = "") => TestSite.Create(
        Sites.WithBrief(Sites.ValidBrief) + "\n-- templates/brief.html --\n" + BriefCopy +
        $"-- templates/.briefings-ejected --\n# ejected\nbrief.html {BuiltInTheme.Embedded.Hash("brief.html")}\n{extra}");

    [Fact]
    public void Check_and_build_warn_when_the_built_in_original_of_an_ejected_template_has_changed()
    {
        using var site = SiteWithEjectedBrief();
        var options = site.Options() with { Theme = WithChangedBrief() };

        var unchanged = site.Analyze();
        var check = SiteBuilder.Analyze(options);
        var build = SiteBuilder.Build(options with { OutputPath = site.OutputPath });

        Assert.Empty(unchanged.Diagnostics);
        var warning = check.Single(Codes.EjectedTemplateChanged, "templates/brief.html", 1, 1);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.StartsWith("the built-in 'brief.html' has changed since this copy was ejected", warning.Message);
        Assert.True(build.Succeeded);
        Assert.Equal([warning], build.Diagnostics);
        // The site's copy still draws its briefs; the changed built-in does not.
        Assert.DoesNotContain("Fixed later.", File.ReadAllText(Path.Combine(site.OutputPath, "briefs", "x", "index.html")));
    }

    [Fact]
    public void A_template_the_theme_no_longer_has_is_warned_about()
    {
        using var site = SiteWithEjectedBrief();
        var options = site.Options() with { Theme = BuiltInTheme.From(BuiltInTheme.Embedded.Files.Where(f => f.Name != "brief.html")) };

        var check = SiteBuilder.Analyze(options);

        Assert.StartsWith("'brief.html' is no longer a built-in template", check.Single(Codes.EjectedTemplateChanged, "templates/brief.html", 1, 1).Message);
    }

    [Fact]
    public void A_deleted_copy_goes_back_to_the_built_in_without_a_warning()
    {
        using var site = SiteWithEjectedBrief();
        site.Delete("templates/brief.html");

        var check = SiteBuilder.Analyze(site.Options() with { Theme = WithChangedBrief() });

        Assert.Empty(check.Diagnostics);
    }

    [Fact]
    public void A_record_line_that_does_not_read_is_a_warning_of_its_own()
    {
        using var site = SiteWithEjectedBrief(extra: "layout.html not-a-hash\n../../etc/passwd " + new string('a', 64) + "\n");

        var check = site.Analyze();

        var lines = check.Diagnostics.Where(d => d.Code == Codes.EjectRecordUnreadable).Select(d => (d.File, d.Line, d.Severity)).ToList();
        Assert.Equal([("templates/.briefings-ejected", 3, Severity.Warning), ("templates/.briefings-ejected", 4, Severity.Warning)], lines);
        Assert.Equal(2, check.Diagnostics.Count);
    }

    [Fact]
    public void A_stylesheet_of_the_site_own_is_linked_after_the_built_in_one()
    {
        using var site = TestSite.Create(Sites.WithBrief(Sites.ValidBrief) + "\n-- templates/assets/custom.css --\n:root { --accent: #8a1538; }");
        using var plain = TestSite.Create(Sites.WithBrief(Sites.ValidBrief));

        var built = BuiltSite.From(site.ConfigPath);
        var without = BuiltSite.From(plain.ConfigPath);

        Assert.Equal(
            ["../../assets/style.css", "../../assets/custom.css"],
            built.Parse("briefs/x/index.html").QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Equal(["assets/style.css", "assets/custom.css"], built.Parse("index.html").QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.Equal(":root { --accent: #8a1538; }\n", built.Read("assets/custom.css"));
        Assert.Equal(BuiltInTheme.Embedded.Bytes("assets/style.css"), File.ReadAllBytes(Path.Combine(built.Output, "assets", "style.css")));
        Assert.Equal(["assets/style.css"], without.Parse("index.html").QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        Assert.DoesNotContain("assets/custom.css", without.Files());
    }
}
