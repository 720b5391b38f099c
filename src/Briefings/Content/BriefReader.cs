using Briefings.Diagnostics;

namespace Briefings.Content;

/// <summary>Maps a brief's front-matter to a <see cref="Brief"/>, reporting every field problem it meets.</summary>
public static class BriefReader
{
    public static Brief Read(string fileStem, FrontMatterDocument document, YamlFields fields)
    {
        var title = fields.String("title", required: true) ?? fileStem;
        var date = fields.Date("date", required: true);
        var summary = fields.String("summary");
        var draft = fields.Bool("draft", false);
        var publishDate = fields.Date("publish_date");
        var expiry = fields.LocatedDate("expiry_date");
        var expiryReason = fields.String("expiry_reason");
        var (slug, slugAt) = ReadSlug(fileStem, fields);
        var topics = fields.Ids("topics");
        var speakers = fields.Ids("speakers");
        var source = ReadSource(fields.Mapping("source"), date, publishDate);
        var image = ImageRefReader.Read(fields, captioned: true);

        var quotes = new List<Quote>();
        foreach (var quote in fields.Mappings("quotes"))
        {
            if (QuoteReader.Read(quote, date, publishDate) is { } read)
            {
                quotes.Add(read);
            }
        }

        var commitments = new List<CommitmentMention>();
        foreach (var entry in fields.Mappings("commitments"))
        {
            var id = entry.Id("id", required: true);
            var by = entry.Id("by", required: true);
            var to = entry.Id("to");
            var text = entry.String("text");
            var status = ReadStatus(entry);
            var conditions = entry.Strings("conditions");
            var note = entry.String("note");
            var amount = QuantityReader.Read(entry, "amount");
            var delivered = QuantityReader.Read(entry, "delivered");
            entry.ReportUnknownKeys("a commitment entry");
            if (id is not null && by is not null && status is not null)
            {
                commitments.Add(new CommitmentMention(id.Value, by.Value, to, text, status.Value, conditions, note)
                {
                    Amount = amount,
                    Delivered = delivered,
                    AmountAt = entry.KeyAt("amount"),
                    StatusAt = entry.KeyAt("status"),
                });
            }
        }

        var updates = ReadUpdates(fields, date);
        var byline = fields.Ids("byline").Where(b => b.Id.Length > 0).ToList();
        var redirects = Redirects.Read(fields);
        fields.ReportUnknownKeys("a brief");
        if (expiry is { } expires && date is { } dated && expires.Date <= dated)
        {
            fields.Diagnostics.Error(Codes.DateBeforeBrief, fields.File, expires.At,
                $"expiry_date {Day(expires.Date)} is not after the brief's date {Day(dated)}, so the brief would never be current; give a later date, or remove expiry_date");
        }

        Placeholders.Report(document.Body, fields.File, fields.Diagnostics);
        return new Brief(fields.File, slug, slugAt, title, date ?? DateOnly.MinValue, date is not null, summary, draft, topics, speakers, source, quotes, commitments, document.Body)
        {
            Image = image,
            PublishDate = publishDate,
            ExpiryDate = expiry?.Date,
            ExpiryReason = expiryReason,
            Updates = updates,
            Byline = byline,
            RedirectFrom = redirects,
        };
    }

    private static List<BriefUpdate> ReadUpdates(YamlFields fields, DateOnly? briefDate)
    {
        var updates = new List<BriefUpdate>();
        foreach (var entry in fields.Mappings("updates"))
        {
            var date = entry.LocatedDate("date", required: true);
            var kind = entry.Located("kind", required: true);
            var text = entry.String("text", required: true);
            entry.ReportUnknownKeys("an update");
            var parsed = kind is { } k ? UpdateKinds.Parse(k.Value) : null;
            if (kind is { } written && parsed is null)
            {
                var value = written.Value.Trim();
                entry.Diagnostics.Error(Codes.InvalidValue, entry.File, written.At,
                    $"unknown kind of update '{YamlFields.Shorten(value)}'{Suggestions.DidYouMean(value.ToLowerInvariant(), UpdateKinds.Slugs)} (one of: {string.Join(", ", UpdateKinds.Slugs)})");
            }

            if (date is { } dated && briefDate is { } published && dated.Date < published)
            {
                entry.Diagnostics.Error(Codes.DateBeforeBrief, entry.File, dated.At,
                    $"update dated {Day(dated.Date)} is before the brief's date {Day(published)}; an update can only follow the brief");
            }

            if (date is not null && parsed is not null && text is not null)
            {
                updates.Add(new BriefUpdate(date.Value.Date, parsed.Value, text));
            }
        }

        // Stable: two updates of one day keep the order they were written in.
        return [.. updates.OrderBy(u => u.Date)];
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static (string Slug, TextPosition At) ReadSlug(string fileStem, YamlFields fields)
    {
        if (fields.Located("slug") is { } explicitSlug)
        {
            var slug = explicitSlug.Value.Trim();
            if (!Slugs.IsValid(slug))
            {
                var suggestion = Slugs.Slugify(slug);
                fields.Diagnostics.Error(Codes.UnsafeSlug, fields.File, explicitSlug.At,
                    $"slug '{YamlFields.Shorten(slug)}' is not a safe single path segment of lower-case letters, digits and hyphens" +
                    (suggestion.Length > 0 ? $"; did you mean '{suggestion}'?" : ""));
                return (suggestion.Length > 0 ? suggestion : fileStem, explicitSlug.At);
            }

            return (slug, explicitSlug.At);
        }

        var derived = Slugs.FromBriefFileName(fileStem);
        // Brief file names are free-form ("<anything>.md"), so a name that is not already a slug is slugified.
        if (!Slugs.IsValid(derived))
        {
            derived = Slugs.Slugify(derived);
        }

        if (derived.Length == 0)
        {
            fields.Diagnostics.Error(Codes.InvalidId, fields.File, TextPosition.Start,
                "cannot make a slug from this file name; rename the file or set 'slug:' in its front-matter");
            derived = "brief";
        }

        return (derived, TextPosition.Start);
    }

    internal static Source? ReadSource(YamlFields? source, DateOnly? briefDate, DateOnly? publishDate)
    {
        if (source is null)
        {
            return null;
        }

        var title = source.String("title");
        var publisher = source.String("publisher");
        var url = source.Located("url");
        var date = source.LocatedDate("date");
        var archive = source.Located("archive_url");
        source.ReportUnknownKeys("the source");
        // A brief is dated by its event and may go out later (publish_date), but it cannot cite what was published
        // after it went out: that is most often a typo in one of the dates.
        if (date is { } dated && briefDate is { } brief && Publishing.DueOn(brief, publishDate) is var day && day < dated.Date)
        {
            source.Diagnostics.Warning(Codes.BriefBeforeSource, source.File, dated.At,
                $"the source is dated {dated.Date:yyyy-MM-dd}, after the brief's {(day == publishDate ? "publish_date" : "date")} {day:yyyy-MM-dd}; " +
                $"a brief cannot cite what was not yet published: correct one of the dates, or, for a brief written after the event it is dated by, " +
                $"add publish_date: {dated.Date:yyyy-MM-dd}");
        }

        return new Source(title, publisher, url?.Value.Trim(), url?.At ?? source.Start, date?.Date)
        {
            ArchiveUrl = archive?.Value.Trim(),
            ArchiveUrlAt = archive?.At ?? source.Start,
        };
    }

    private static CommitmentStatus? ReadStatus(YamlFields entry)
    {
        var status = entry.Located("status", required: true);
        if (status is null)
        {
            return null;
        }

        var text = status.Value.Value.Trim();
        if (CommitmentStatuses.TryParse(text, out var parsed))
        {
            return parsed;
        }

        var known = CommitmentStatuses.All.Select(s => s.Slug()).ToList();
        entry.Diagnostics.Error(Codes.UnknownStatus, entry.File, status.Value.At,
            $"unknown status '{YamlFields.Shorten(text)}'{Suggestions.DidYouMean(text, known)} (one of: {string.Join(", ", known)})");
        return null;
    }
}
