using Briefings.Diagnostics;
using Briefings.Tests.Support;

namespace Briefings.Tests;

/// <summary>
/// An id that names no person or organization suggests the one whose id, name or alias the author wrote,
/// and names the command that adds a new one.
/// </summary>
public sealed class UnknownReferenceTests
{
    private const string Brief = "content/briefs/2025-12-15-x.md";

    private const string People = Sites.Person + """

        -- content/people/tom-reeve.md --
        ---
        name: Tom Reeve
        aliases: [Councillor Reeve]
        ---
        -- content/organizations/harbour-city-council.md --
        ---
        name: Harbour City Council
        aliases: [the council]
        ---
        """;

    [Theory]
    [InlineData("speakers: [councillor-reeve]", 4, 12,
        "unknown speaker 'councillor-reeve'; did you mean 'tom-reeve' (Councillor Reeve)? If not, add the person with: briefings new person \"Councillor Reeve\"")]
    [InlineData("speakers: [reeve]", 4, 12,
        "unknown speaker 'reeve'; did you mean 'tom-reeve'? If not, add the person with: briefings new person \"Reeve\"")]
    [InlineData("speakers: [keir-starmr]", 4, 12,
        "unknown speaker 'keir-starmr'; did you mean 'keir-starmer'? If not, add the person with: briefings new person \"Keir Starmr\"")]
    [InlineData("speakers: [jane-doe]", 4, 12,
        "unknown speaker 'jane-doe'; add the person with: briefings new person \"Jane Doe\"")]
    [InlineData("speakers: [Jane Doe]", 4, 12,
        "unknown speaker 'Jane Doe'; add the person with: briefings new person \"Jane Doe\", and write their id 'jane-doe' here")]
    [InlineData("quotes:\n  - by: Tom Reeve\n    text: t", 5, 9,
        "unknown quoted person 'Tom Reeve'; did you mean 'tom-reeve'?")]
    [InlineData("quotes:\n  - by: nobody\n    text: t", 5, 9,
        "unknown quoted person 'nobody'; add the person with: briefings new person \"Nobody\"")]
    [InlineData("commitments:\n  - id: c\n    by: uk-goverment\n    text: t\n    status: offered", 6, 9,
        "unknown actor 'uk-goverment'; did you mean 'uk-government'? If not, add them with: briefings new person \"Uk Goverment\" (or new organization)")]
    [InlineData("commitments:\n  - id: c\n    by: the-council\n    text: t\n    status: offered", 6, 9,
        "unknown actor 'the-council'; did you mean 'harbour-city-council' (the council)? If not, add them with: briefings new person \"The Council\" (or new organization)")]
    public void An_unknown_id_in_a_brief_suggests_by_name_and_alias_and_names_the_command(string yaml, int line, int column, string message)
    {
        using var site = TestSite.Create(People + "\n" + Sites.BriefFile("title: x\ndate: 2025-12-15\n" + yaml));

        var diagnostic = site.Analyze().Single(Codes.UnknownReference, Brief, line, column);
        Assert.Equal(message, diagnostic.Message);
    }

    [Theory]
    [InlineData("content/people/ann-lee.md", "name: Ann Lee\norganization: council", 3, 15,
        "unknown organization 'council'; did you mean 'harbour-city-council'? If not, add the organization with: briefings new organization \"Council\"")]
    [InlineData("content/organizations/port.md", "name: Port\nparent: port-authority", 3, 9,
        "unknown parent organization 'port-authority'; add the organization with: briefings new organization \"Port Authority\"")]
    public void An_unknown_organization_suggests_by_name_and_names_the_command(string file, string yaml, int line, int column, string message)
    {
        using var site = TestSite.Create(People + $"\n-- {file} --\n---\n{yaml}\n---\n");

        var diagnostic = site.Analyze().Single(Codes.UnknownReference, file, line, column);
        Assert.Equal(message, diagnostic.Message);
    }

    [Fact]
    public void A_word_two_people_share_suggests_neither()
    {
        using var site = TestSite.Create(People + "\n-- content/people/ann-reeve.md --\n---\nname: Ann Reeve\n---\n" +
            Sites.BriefFile("title: x\ndate: 2025-12-15\nspeakers: [reeve]"));

        var diagnostic = site.Analyze().Single(Codes.UnknownReference, Brief, 4, 12);
        Assert.Equal("unknown speaker 'reeve'; add the person with: briefings new person \"Reeve\"", diagnostic.Message);
    }

    [Theory]
    [InlineData("See [[councillor-reeve]].", "unknown id 'councillor-reeve' in link [[councillor-reeve]]; did you mean 'tom-reeve' (Councillor Reeve)?")]
    [InlineData("See [[people/reeve]].", "unknown person 'reeve' in link [[people/reeve]]; did you mean 'tom-reeve'?")]
    public void An_unknown_wikilink_suggests_by_name_and_alias(string body, string message)
    {
        using var site = TestSite.Create(People + "\n" + Sites.BriefFile(Sites.ValidBrief, body));

        var diagnostic = site.Analyze().Single(Codes.UnknownWikiLink, Brief, 6, 5);
        Assert.Equal(message, diagnostic.Message);
    }
}
