using Briefings.Content;
using Briefings.Markdown;

namespace Briefings.Graph;

/// <summary>
/// serve's update of the graph, in place, after an edit to one brief that keeps the graph's outline: the same file,
/// slug, date and draft flag, the same publishing fields (publish and expiry dates, updates, byline, redirects) and lead
/// image, the same topics, the same quote ids in the same order, the same commitments made by and to the same actors
/// with the same text, each still open or still closed, and a body with the same links and name mentions. What changes
/// is the brief's own record and body, the words of its quotes, the status, conditions and note of its commitment
/// entries, and, when its speakers or quoted people change (<see cref="EditShape.People"/>), the lists of briefs and
/// quotes of the people it gains or loses, who appears with whom, and related briefs, which are scored from people.
/// Other edits rebuild the graph. Lists are replaced, never changed in place, since the data files of the last rebuild
/// may still be reading the graph in the background.
/// </summary>
public static class BriefNodeUpdate
{
    public static EditShape Compare(BriefNode node, Brief updated, RenderedBody body)
    {
        var old = node.Brief;
        var outline = old.File == updated.File && old.Slug == updated.Slug && old.Date == updated.Date && old.HasDate == updated.HasDate &&
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
               // Other bodies embed quotes by id: an id that comes or goes would be found or missed there.
               QuoteIds(old).SequenceEqual(QuoteIds(updated), StringComparer.Ordinal) &&
               old.Commitments.Select(Shape).SequenceEqual(updated.Commitments.Select(Shape)) &&
               node.Body.Links.SequenceEqual(body.Links) && node.Body.Mentions.SequenceEqual(body.Mentions);
        if (!outline)
        {
            return EditShape.Changed;
        }

        return old.Speakers.Select(r => r.Id).SequenceEqual(updated.Speakers.Select(r => r.Id), StringComparer.Ordinal) &&
               old.Quotes.Select(q => q.By.Id).SequenceEqual(updated.Quotes.Select(q => q.By.Id), StringComparer.Ordinal)
            ? EditShape.Kept
            : EditShape.People;
    }

    /// <summary>Whether a quote with an id is at another place in the list, where embeds in other bodies find it.</summary>
    public static bool MovesQuotes(Brief old, Brief updated) => !QuotePlaces(old).SequenceEqual(QuotePlaces(updated));

    /// <summary>
    /// Puts <paramref name="updated"/> and its rendered <paramref name="body"/> in place of <paramref name="node"/>'s,
    /// which <see cref="Compare"/> found to be of <paramref name="shape"/>, <see cref="EditShape.Kept"/> or
    /// <see cref="EditShape.People"/>, with every person it names in the graph. Returns the entities whose own page or summary may now read differently: the
    /// brief, the people whose quotes or lists changed, the briefs whose related briefs changed, and the commitments
    /// whose entries changed with every brief on their timelines (whose cards show the status before theirs and whether
    /// a later one superseded it).
    /// </summary>
    public static HashSet<EntityKey> Apply(ContentGraph graph, BriefNode node, Brief updated, RenderedBody body, EditShape shape)
    {
        var affected = new HashSet<EntityKey> { node.Key };
        var old = node.Brief;
        graph.Index.Replace(updated);
        node.Brief = updated;
        node.Body = body;

        var named = node.People;
        UpdateQuotes(graph, node, old, affected);
        if (shape == EditShape.People)
        {
            UpdatePeople(graph, node, affected);
        }

        if (graph.Config.PersonTopicPages)
        {
            UpdatePersonTopics(named.Union(node.People), affected);
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
            commitment.Transitions = StatusTransitions.Of([.. timeline.Select(e => e.Mention)]);
            affected.UnionWith(RefreshScorecards(graph, commitment));
            affected.Add(commitment.Key);
            affected.UnionWith(timeline.Select(e => e.Brief.Key));
        }

        node.Commitments = entries;
        return affected;
    }

    /// <summary>Each quoted person's entries for this brief, where they differ: in the people's lists, in brief order, then by place.</summary>
    private static void UpdateQuotes(ContentGraph graph, BriefNode node, Brief old, HashSet<EntityKey> affected)
    {
        var quoted = old.Quotes.Concat(node.Brief.Quotes).Select(q => q.By.Id).Distinct(StringComparer.Ordinal);
        foreach (var id in quoted)
        {
            if (!graph.PeopleById.TryGetValue(id, out var person))
            {
                continue;
            }

            var entries = node.Brief.Quotes.Select((quote, i) => (quote, i)).Where(q => q.quote.By.Id == id)
                .Select(q => new QuoteEntry(node, q.quote, person, q.i)).ToList();
            var before = person.Quotes.Where(q => q.Brief == node).ToList();
            if (entries.Count == before.Count && entries.Zip(before).All(p => p.First.Index == p.Second.Index &&
                    (p.First.Quote.Text, p.First.Quote.Context, p.First.Quote.Id?.Id) == (p.Second.Quote.Text, p.Second.Quote.Context, p.Second.Quote.Id?.Id)))
            {
                continue;
            }

            person.Quotes = WithBrief(person.Quotes, node, q => q.Brief, entries);
            affected.Add(person.Key);
        }
    }

    /// <summary>
    /// After the brief's speakers or quoted people changed: the people it gains or loses, their lists of briefs, whom
    /// everyone it names before or after appears with, and related briefs, of this brief and of those that share with
    /// it a person it gained or lost.
    /// </summary>
    private static void UpdatePeople(ContentGraph graph, BriefNode node, HashSet<EntityKey> affected)
    {
        var (speakers, people) = (node.Speakers, node.People);
        GraphBuilder.LinkPeople(node, graph.PeopleById);
        foreach (var person in speakers.Union(node.Speakers).Where(p => speakers.Contains(p) != node.Speakers.Contains(p)))
        {
            person.SpokenIn = WithBrief(person.SpokenIn, node, b => b, node.Speakers.Contains(person) ? [node] : []);
            affected.Add(person.Key);
        }

        var changed = people.Union(node.People).Where(p => people.Contains(p) != node.People.Contains(p)).ToList();
        foreach (var person in changed)
        {
            person.MentionedIn = WithBrief(person.MentionedIn, node, b => b, node.People.Contains(person) ? [node] : []);
            affected.Add(person.Key);
        }

        if (changed.Count == 0)
        {
            return;
        }

        foreach (var person in people.Union(node.People))
        {
            var appears = GraphBuilder.AppearsWith(person);
            if (!appears.SequenceEqual(person.AppearsWith))
            {
                person.AppearsWith = appears;
                affected.Add(person.Key);
            }
        }

        var sharing = changed.SelectMany(p => p.MentionedIn).Append(node).Distinct();
        affected.UnionWith(RelatedBriefs.Refresh(graph.Briefs, sharing).Select(b => b.Key));
    }

    /// <summary>
    /// The topics the people the brief names (before or after) are quoted or named on: a quote that comes or goes may
    /// make or end a person x topic page, which the listing of every page after such an edit then adds or removes.
    /// </summary>
    private static void UpdatePersonTopics(IEnumerable<PersonNode> people, HashSet<EntityKey> affected)
    {
        foreach (var person in people)
        {
            var topics = GraphBuilder.PersonTopics(person);
            if (!topics.Select(t => (t.Topic, t.Briefs.Count)).SequenceEqual(person.Topics.Select(t => (t.Topic, t.Briefs.Count))) ||
                !topics.SelectMany(t => t.Briefs).SequenceEqual(person.Topics.SelectMany(t => t.Briefs)))
            {
                person.Topics = topics;
                affected.Add(person.Key);
            }
        }
    }

    /// <summary>The list without the brief's items and with <paramref name="items"/> in their place, as briefs are ordered (newest first).</summary>
    private static List<T> WithBrief<T>(IReadOnlyList<T> list, BriefNode node, Func<T, BriefNode> briefOf, IReadOnlyList<T> items)
    {
        var result = new List<T>(list.Count + items.Count);
        result.AddRange(list.Where(x => briefOf(x) != node && briefOf(x).Position < node.Position));
        result.AddRange(items);
        result.AddRange(list.Where(x => briefOf(x) != node && briefOf(x).Position > node.Position));
        return result;
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

    private static IEnumerable<string> QuoteIds(Brief brief) => QuotePlaces(brief).Select(q => q.Id);

    private static IEnumerable<(string Id, int Index)> QuotePlaces(Brief brief) =>
        brief.Quotes.Select((q, i) => (q.Id?.Id, i)).Where(q => q.Item1 is not null).Select(q => (q.Item1!, q.i));

    private static (string Src, string? Alt, string? Caption, string? Credit)? Image(ImageRef? image) =>
        image is null ? null : (image.Src, image.Alt, image.Caption, image.Credit);

    // Whether the status is open decides whether the commitment can be stale, and so which pages the stale list has.
    private static (string Id, string By, string? To, string? Text, bool Open) Shape(CommitmentMention mention) =>
        (mention.Id.Id, mention.By.Id, mention.To?.Id, mention.Text, CommitmentFigures.IsOpen(mention.Status));
}

/// <summary>How an edit to one brief changes the graph.</summary>
public enum EditShape
{
    /// <summary>No list anywhere gains, loses or reorders a member: only the brief's own record, quotes' words and commitments' entries change.</summary>
    Kept,

    /// <summary>As <see cref="Kept"/>, but the brief's speakers or quoted people change, and with them people's lists and related briefs.</summary>
    People,

    /// <summary>Anything else: the graph is built again.</summary>
    Changed,
}
