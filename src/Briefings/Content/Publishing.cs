namespace Briefings.Content;

/// <summary>What a build was asked to include beyond what is published as of its date.</summary>
/// <param name="AsOf">The date given on the command line (<c>--as-of</c>), if any: it wins over the config's <c>as_of:</c>.</param>
public sealed record PublishingOptions(DateOnly? AsOf = null, bool IncludeDrafts = false, bool IncludeFuture = false);

public enum PublicationState
{
    Published,
    Draft,
    Scheduled,
    Expired,
}

/// <summary>
/// The one date that decides what a build publishes, and the options that widen it. The date is <c>--as-of</c>, else
/// the config's <c>as_of:</c>, else today in UTC; only a date set on purpose is shown on pages, so that two builds
/// of unchanged content on different days give the same bytes unless a brief crossed its date.
/// </summary>
public sealed record Publishing(DateOnly AsOf, bool AsOfExplicit, bool IncludeDrafts, bool IncludeFuture)
{
    public static Publishing Resolve(PublishingOptions options, SiteConfig config, Func<DateOnly> today)
    {
        var explicitDate = options.AsOf ?? config.AsOf;
        return new Publishing(explicitDate ?? today(), explicitDate is not null, options.IncludeDrafts, options.IncludeFuture);
    }

    public static DateOnly TodayUtc() => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A draft is left out first, then a brief not yet due, then one past its expiry.</summary>
    public PublicationState StateOf(Brief brief)
    {
        if (brief.Draft && !IncludeDrafts)
        {
            return PublicationState.Draft;
        }

        if (!IncludeFuture && (brief.Date > AsOf || brief.PublishDate > AsOf))
        {
            return PublicationState.Scheduled;
        }

        return brief.ExpiryDate <= AsOf ? PublicationState.Expired : PublicationState.Published;
    }

    /// <summary>The date a scheduled brief goes live: the later of its date and its publish_date.</summary>
    public static DateOnly DueOn(Brief brief) => DueOn(brief.Date, brief.PublishDate);

    public static DateOnly DueOn(DateOnly date, DateOnly? publishDate) => publishDate is { } publish && publish > date ? publish : date;
}

/// <summary>A brief this build does not publish, and why: a link to it is explained rather than called unknown.</summary>
public sealed record LeftOutBrief(Brief Brief, PublicationState State);
