using Briefings.Tests.Support;

namespace Briefings.Tests.Languages;

/// <summary>
/// The Ukrainian test site (uk-site/ beside this file): a few of the sample's briefs written in Ukrainian, with one
/// quote left in English and marked <c>language: en</c>, and ids in Cyrillic. What the browser, validity and
/// screenshot checks of the interface in another language look at.
/// </summary>
public static class UkrainianSite
{
    public static string Folder { get; } = Path.Combine(SampleSite.Root, "tests", "Briefings.Tests", "Languages", "uk-site");

    public static string ConfigPath => Path.Combine(Folder, "site.config.yml");

    private static readonly Lazy<BuiltSite> Build = new(() => BuiltSite.From(ConfigPath, asOf: TestDates.SampleAsOf));

    public static BuiltSite Built => Build.Value;

    /// <summary>The brief with the quote in English, percent-encoded as links write its Cyrillic slug.</summary>
    public static readonly string StarmerBrief = "briefs/" + Uri.EscapeDataString("стармер-мир-без-гарантій-не-втримається") + "/index.html";

    /// <summary>The same brief as a path on disk.</summary>
    public static readonly string StarmerBriefFile = "briefs/стармер-мир-без-гарантій-не-втримається/index.html";
}
