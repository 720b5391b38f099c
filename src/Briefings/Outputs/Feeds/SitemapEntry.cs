namespace Briefings.Outputs.Feeds;

/// <summary>A page a search engine should list: its URL from the site root, and the date of the newest content it shows.</summary>
public sealed record SitemapEntry(string Url, DateOnly? Modified);
