namespace Briefings.Outputs.Pages;

/// <summary>Every HTML page of the site, in a fixed order.</summary>
public static class SitePages
{
    public static IReadOnlyList<PageJob> All(PageModel pages) =>
    [
        .. HomePage.Jobs(pages),
        .. BriefArchivePage.Jobs(pages),
        .. BriefPage.Jobs(pages),
        .. ExpiredBriefPage.Jobs(pages),
        .. CorrectionsPage.Jobs(pages),
        .. PersonPage.Jobs(pages),
        .. OrganizationPage.Jobs(pages),
        .. CommitmentTrackerPage.Jobs(pages),
        .. CommitmentFigurePages.Jobs(pages),
        .. CommitmentPage.Jobs(pages),
        .. TopicPage.Jobs(pages),
        .. SearchPage.Jobs(pages),
        .. NotFoundPage.Jobs(pages),
        .. RedirectPage.Jobs(pages),
    ];
}
