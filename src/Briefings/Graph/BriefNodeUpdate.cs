using Briefings.Content;
using Briefings.Markdown;

namespace Briefings.Graph;

/// <summary>
/// serve's update of the graph, in place, after an edit to one brief that keeps the graph's shape: the same file,
/// slug, date and draft flag, the same publishing fields (publish and expiry dates, updates, byline, redirects) and lead
/// image, the same topics and speakers, quotes by the same people, the same commitments made by
/// and to the same actors with the same text, each still open or still closed, and a body with the same links and name mentions. No list anywhere then
/// gains, loses or reorders a member, and related briefs (scored from topics and people) stay as they were; what
/// changes is the brief's own record and body, the words of its quotes and the status, conditions and note of its
/// commitment entries. Other edits rebuild the graph. Lists are replaced, never changed in place, since the data
/// files of the last rebuild may still be reading the graph in the background.
/// </summary>
public static class BriefNodeUpdate
{
    public static bool KeepsShape(BriefNode node, Brief updated, RenderedBody body)
    {
        var old = node.Brief;
        return old.File == updated.File && old.Slug == updated.Slug && old.Date == updated.Date && old.HasDate == updated.HasDate &&
               old.Draft == updated.Draft &&
               // Publishing: these decide whether the brief is listed at all, what /corrections/ and the feeds hold, the
               // byline's links to people and the redirect pages, so a change to any of them rebuilds the graph.
               old.PublishDate == updated.PublishDate && old.ExpiryDate == updated.ExpiryDate && old.ExpiryReason == updated.ExpiryReason &&
               old.Updates.SequenceEqual(updated.Updates) &&
               old.Byline.Select(r => r.Id).SequenceEqual(updated.Byline.Select(r => r.Id), StringComparer.Ordinal) &&
               old.RedirectFrom.Select(r => r.Id).SequenceEqual(updated.RedirectFrom.Select(r => r.Id), StringComparer.Ordinal) &&
               // The lead image is placed (found, measured, given its widths) only by a full build.
               Image(old.Image) == Image(updated.Image) &&
               old.Topics.Select(r => r.Id).SequenceEqual(updated.Topics.Select(r => r.Id), StringComparer.Ordinal) &&
               old.Speakers.Select(r => r.Id).SequenceEqual(updated.Speakers.Select(r => r.Id), StringComparer.Ordinal) &&
               old.Quotes.Select(q => q.By.Id).SequenceEqual(updated.Quotes.Select(q => q.By.Id), StringComparer.Ordinal) &&
               old.Commitments.Select(Shape).SequenceEqual(updated.Commitments.Select(Shape)) &&
               node.Body.Links.SequenceEqual(body.Links) && node.Body.Mentions.SequenceEqual(body.Mentions);
    }

    /// <summary>
    /// Puts <paramref name="updated"/> and its rendered <paramref name="body"/> in place of <paramref name="node"/>'s,
    /// which <see cref="KeepsShape"/> must have accepted. Returns the entities whose own page or summary may now read
    /// differently: the brief, the people whose quotes changed, and the commitments whose entries changed with every
    /// brief on their timelines (whose cards show the status before theirs and whether a later one superseded it).
    /// </summary>
    public static HashSet<EntityKey> Apply(ContentGraph graph, BriefNode node, Brief updated, RenderedBody body)
    {
        var affected = new HashSet<EntityKey> { node.Key };
        var old = node.Brief;
        graph.Index.Replace(updated);
        node.Brief = updated;
        node.Body = body;

        for (var i = 0; i < updated.Quotes.Count; i++)
        {
            var quote = updated.Quotes[i];
            if ((quote.Text, quote.Context) != (old.Quotes[i].Text, old.Quotes[i].Context) && graph.PeopleById.TryGetValue(quote.By.Id, out var person))
            {
                var index = i;
                person.Quotes = person.Quotes.Select(q => q.Brief == node && q.Index == index ? q with { Quote = quote } : q).ToList();
                affected.Add(person.Key);
            }
        }

        var entries = node.Commitments.ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var (before, mention) = (entries[i].Mention, updated.Commitments[i]);
            var entry = entries[i] = entries[i] with { Mention = mention };
            var commitment = entry.Commitment;
            var timeline = commitment.Timeline.ToList();
            timeline[entry.Index] = entry;
            commitment.Timeline = timeline;
            if (before.Status == mention.Status && before.Note == mention.Note && before.Conditions.SequenceEqual(mention.Conditions, StringComparer.Ordinal) &&
                SameQuantities(before.Amount, mention.Amount) && SameQuantities(before.Delivered, mention.Delivered))
            {
                // Only where it is written moved, which no page shows but a diagnostic about the commitment does.
                continue;
            }

            commitment.StatusSince = GraphBuilder.StartOfLastRun(timeline);
            commitment.Figures = CommitmentFigures.Of(timeline, graph.Publishing.AsOf, graph.Config.StaleAfterDays);
            affected.UnionWith(RefreshScorecards(graph, commitment));
            affected.Add(commitment.Key);
            affected.UnionWith(timeline.Select(e => e.Brief.Key));
        }

        node.Commitments = entries;
        return affected;
    }

    /// <summary>The scorecards that count the commitment, worked out again; returns the keys of the pages that show them.</summary>
    private static IEnumerable<EntityKey> RefreshScorecards(ContentGraph graph, CommitmentNode commitment)
    {
        var rates = graph.Config.Rates;
        OrganizationNode? organization = null;
        if (graph.PeopleById.TryGetValue(commitment.By.Id, out var person) && commitment.By.Kind == ContentKind.Person)
        {
            person.Scorecard = Scorecard.Of(person.Commitments, rates);
            organization = person.Organization;
            yield return person.Key;
        }
        else
        {
            organization = graph.OrganizationsById.GetValueOrDefault(commitment.By.Id);
        }

        if (organization is not null)
        {
            GraphBuilder.FillScorecards(organization, rates);
            yield return organization.Key;
        }
    }

    private static bool SameQuantities(IReadOnlyList<Quantity> a, IReadOnlyList<Quantity> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First with { At = default } == p.Second with { At = default });

    private static (string Src, string? Alt, string? Caption, string? Credit)? Image(ImageRef? image) =>
        image is null ? null : (image.Src, image.Alt, image.Caption, image.Credit);

    // Whether the status is open decides whether the commitment can be stale, and so which pages the stale list has.
    private static (string Id, string By, string? To, string? Text, bool Open) Shape(CommitmentMention mention) =>
        (mention.Id.Id, mention.By.Id, mention.To?.Id, mention.Text, CommitmentFigures.IsOpen(mention.Status));
}
