using Briefings.Content;
using Briefings.Images;
using Briefings.Markdown;

namespace Briefings.Graph;

/// <summary>
/// Builds the <see cref="ContentGraph"/> from checked content and rendered bodies. Runs only after
/// the Markdown stage, because backlinks come from the [[links]] and name mentions found there.
/// </summary>
public static class GraphBuilder
{
    public const int AppearsWithLimit = 12;

    public static ContentGraph Build(LoadedContent content, EntityIndex index, IReadOnlyDictionary<EntityKey, RenderedBody> bodies, SiteImageSet? images = null)
    {
        images ??= SiteImageSet.None;
        RenderedBody BodyOf(EntityKey key) => bodies.GetValueOrDefault(key, RenderedBody.Empty);

        // The nodes are made on all cores: each looks its body up by key, ~15 ms for 12,500 bodies on one core while the
        // other had nothing to do.
        List<BriefNode> briefs = [];
        List<PersonNode> people = [];
        List<OrganizationNode> organizations = [];
        List<TopicNode> topics = [];
        Parallel.Invoke(
            () =>
            {
                var sources = index.Briefs.Values.ToArray();
                var nodes = new BriefNode[sources.Length];
                Parallel.For(0, nodes.Length, i => nodes[i] = new BriefNode(sources[i], BodyOf(new EntityKey(ContentKind.Brief, sources[i].Slug))));
                briefs = nodes.Sorted(Ordering.Newest);
            },
            () =>
            {
                people = index.People.Values.Select(p => new PersonNode(p, BodyOf(new EntityKey(ContentKind.Person, p.Id)))).Sorted(Ordering.ByName);
                organizations = index.Organizations.Values
                    .Select(o => new OrganizationNode(o, BodyOf(new EntityKey(ContentKind.Organization, o.Id)))).Sorted(Ordering.OrganizationByName);
                topics = index.TopicIds
                    .Select(id => new TopicNode(id, index.Title(new EntityKey(ContentKind.Topic, id)), BodyOf(new EntityKey(ContentKind.Topic, id))))
                    .Sorted((a, b) => Ordering.CompareNames(a.Title, a.Id, b.Title, b.Id));
            });

        var personById = people.ToDictionary(p => p.Person.Id, StringComparer.Ordinal);
        var organizationById = organizations.ToDictionary(o => o.Organization.Id, StringComparer.Ordinal);
        var topicById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);

        LinkOrganizations(people, organizations, organizationById);
        // The commitments read only the briefs' content, and write their own nodes and each brief's list of entries, which
        // the links do not touch: built beside them, they keep the second core busy (~17 ms of 10,000 briefs on one).
        // The steps that need neither go with them too, for the core the links leave idle while the commitments go on
        // (~10 ms of 10,000 briefs): the previous and next briefs, the corrections and the redirects.
        List<CommitmentNode> commitments = [];
        List<CorrectionEntry> corrections = [];
        List<RedirectNode> redirects = [];
        Parallel.Invoke(
            () => LinkBriefs(briefs, personById, organizationById, topicById),
            () => commitments = BuildCommitments(briefs, index, bodies, content.Publishing.AsOf, content.Config.StaleAfterDays),
            () => FillPreviousNext(briefs),
            () => corrections = Corrections.Of(briefs),
            () => redirects = Redirects(content, index));
        var rates = content.Config.Rates;
        // Each step fills fields of its own from the links made above, so they run side by side.
        Parallel.Invoke(
            () => FillPeople(people, briefs, commitments, rates, content.Config.PersonTopicPages),
            () => FillOrganizations(organizations, briefs, commitments, rates),
            () => FillTopics(topics, briefs),
            () => FillLinkedFrom(briefs),
            () => FillCommitmentLinks(briefs, commitments),
            () => RelatedBriefs.Fill(briefs));

        var graph = new ContentGraph(content.Config, index, briefs, people, organizations, commitments, topics)
        {
            Images = images.Files,
            Publishing = content.Publishing,
            Corrections = corrections,
            Redirects = redirects,
            Expired = [.. content.Expired.OrderByDescending(b => b.Date).ThenBy(b => b.Slug, StringComparer.Ordinal)],
        };

        // Each image finds its node, rather than each of 12,500 nodes looking for an image most do not have.
        foreach (var (key, image) in images.Placed)
        {
            switch (key.Kind)
            {
                case ContentKind.Brief when graph.BriefsBySlug.TryGetValue(key.Id, out var brief):
                    brief.Image = image;
                    break;
                case ContentKind.Person when personById.TryGetValue(key.Id, out var person):
                    person.Image = image;
                    break;
                case ContentKind.Organization when organizationById.TryGetValue(key.Id, out var organization):
                    organization.Image = image;
                    break;
            }
        }

        return graph;
    }

    private static List<RedirectNode> Redirects(LoadedContent content, EntityIndex index)
    {
        IEnumerable<RedirectNode> From(IReadOnlyList<Ref> olds, EntityKey to, string title) =>
            olds.Select(old => new RedirectNode(new EntityKey(to.Kind, old.Id).Url, to, title));

        return [.. content.Briefs.Concat(content.Expired).SelectMany(b => From(b.RedirectFrom, new EntityKey(ContentKind.Brief, b.Slug), b.Title))
            .Concat(content.People.SelectMany(p => From(p.RedirectFrom, new EntityKey(ContentKind.Person, p.Id), p.Name)))
            .Concat(content.Organizations.SelectMany(o => From(o.RedirectFrom, new EntityKey(ContentKind.Organization, o.Id), o.Name)))
            .Concat(content.Topics.SelectMany(t => From(t.RedirectFrom, new EntityKey(ContentKind.Topic, t.Id), index.Title(new EntityKey(ContentKind.Topic, t.Id)))))
            .DistinctBy(r => r.From, StringComparer.Ordinal)
            .OrderBy(r => r.From, StringComparer.Ordinal)];
    }

    private static void LinkOrganizations(List<PersonNode> people, List<OrganizationNode> organizations, Dictionary<string, OrganizationNode> byId)
    {
        foreach (var organization in organizations)
        {
            if (organization.Organization.Parent is { } parent && byId.TryGetValue(parent.Id, out var node))
            {
                organization.Parent = node;
            }
        }

        foreach (var organization in organizations)
        {
            organization.Children = organizations.Where(o => o.Parent == organization).ToList();
        }

        foreach (var person in people)
        {
            if (person.Person.Organization is { } id && byId.TryGetValue(id.Id, out var organization))
            {
                person.Organization = organization;
            }
        }

        var members = people.Where(p => p.Organization is not null).ToLookup(p => p.Organization!);
        foreach (var organization in organizations)
        {
            organization.People = members[organization].ToList();
        }
    }

    private static void LinkBriefs(List<BriefNode> briefs, Dictionary<string, PersonNode> people, Dictionary<string, OrganizationNode> organizations, Dictionary<string, TopicNode> topics)
    {
        // Each brief reads only the shared lookups and writes only itself.
        Parallel.ForEach(briefs, node =>
        {
            var brief = node.Brief;
            LinkPeople(node, people);
            node.Topics = Resolve(brief.Topics.Select(t => t.Id), topics);
            node.Byline = [.. brief.Byline.Select(b => people.TryGetValue(b.Id, out var person) ? new Author(person.Person.Name, person) : new Author(b.Id, null))];

            var linked = node.Body.Links.Concat(node.Body.Mentions);
            var organizationIds = brief.Commitments.SelectMany(c => c.To is { } to ? new[] { c.By.Id, to.Id } : [c.By.Id])
                .Concat(linked.Where(k => k.Kind == ContentKind.Organization).Select(k => k.Id));
            node.Organizations = Resolve(organizationIds, organizations);
        });
    }

    /// <summary>The brief's speakers, and everyone it names: who its lists of people and the people's lists of briefs hold.</summary>
    internal static void LinkPeople(BriefNode node, IReadOnlyDictionary<string, PersonNode> people)
    {
        var spoke = Spoke(node.Brief).Select(r => r.Id);
        node.Speakers = Resolve(spoke, people);
        var personIds = spoke.Concat(node.Body.Links.Concat(node.Body.Mentions).Where(k => k.Kind == ContentKind.Person).Select(k => k.Id));
        node.People = Resolve(personIds, people);
    }

    /// <summary>
    /// Who spoke in the brief: its speakers, then whoever it quotes, listed or not, so that the brief's page and their own
    /// agree.
    /// </summary>
    internal static IEnumerable<Ref> Spoke(Brief brief) => brief.Speakers.Concat(brief.Quotes.Select(q => q.By));

    /// <summary>The people named most often in the briefs that name <paramref name="person"/>, most first.</summary>
    internal static List<PersonCount> AppearsWith(PersonNode person) =>
        person.MentionedIn
            .SelectMany(b => b.People)
            .Where(other => other != person)
            .GroupBy(other => other)
            .Select(g => new PersonCount(g.Key, g.Count()))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Person, Comparer<PersonNode>.Create(Ordering.ByName))
            .Take(AppearsWithLimit)
            .ToList();

    /// <summary>Distinct, in first-seen order, skipping ids that name nothing (already reported by the checker).</summary>
    private static List<T> Resolve<T>(IEnumerable<string> ids, IReadOnlyDictionary<string, T> byId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var id in ids)
        {
            if (seen.Add(id) && byId.TryGetValue(id, out var node))
            {
                result.Add(node);
            }
        }

        return result;
    }

    private static List<CommitmentNode> BuildCommitments(List<BriefNode> briefs, EntityIndex index, IReadOnlyDictionary<EntityKey, RenderedBody> bodies, DateOnly asOf, int staleAfterDays)
    {
        // Not the newest-first order reversed, which would put briefs of one day in descending slug order.
        var chronological = briefs.Sorted(Ordering.Chronological);
        var mentions = chronological
            .SelectMany(b => b.Brief.Commitments.Select(m => (Brief: b, Mention: m)))
            .GroupBy(x => x.Mention.Id.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);

        var commitments = new List<CommitmentNode>();
        var entryOf = new Dictionary<CommitmentMention, CommitmentEntry>(ReferenceEqualityComparer.Instance);
        foreach (var group in mentions)
        {
            var first = group.First().Mention;
            var key = new EntityKey(ContentKind.Commitment, group.Key);
            var text = index.CommitmentTexts.GetValueOrDefault(group.Key, group.Key);
            var node = new CommitmentNode(
                group.Key,
                index.Title(key),
                text,
                ActorKey(first.By.Id, index),
                first.To is { } to ? ActorKey(to.Id, index) : null,
                index.CommitmentFiles.GetValueOrDefault(group.Key),
                bodies.GetValueOrDefault(key, RenderedBody.Empty));
            node.Timeline = group.Select((x, i) => new CommitmentEntry(node, x.Brief, x.Mention, i)).ToList();
            node.StatusSince = StartOfLastRun(node.Timeline);
            node.Figures = CommitmentFigures.Of(node.Timeline, asOf, staleAfterDays);
            node.Transitions = StatusTransitions.Of([.. group.Select(x => x.Mention)]);
            foreach (var entry in node.Timeline)
            {
                entryOf[entry.Mention] = entry;
            }

            commitments.Add(node);
        }

        foreach (var brief in briefs)
        {
            // In the order the brief wrote its commitments.
            brief.Commitments = brief.Brief.Commitments.Select(m => entryOf[m]).ToList();
        }

        return commitments;
    }

    internal static CommitmentEntry StartOfLastRun(IReadOnlyList<CommitmentEntry> timeline)
    {
        var start = timeline.Count - 1;
        while (start > 0 && timeline[start - 1].Status == timeline[^1].Status)
        {
            start--;
        }

        return timeline[start];
    }

    private static EntityKey ActorKey(string id, EntityIndex index) =>
        new(index.People.ContainsKey(id) ? ContentKind.Person : ContentKind.Organization, id);

    private static void FillPeople(List<PersonNode> people, List<BriefNode> briefs, List<CommitmentNode> commitments, IReadOnlyList<RateTable> rates, bool personTopics)
    {
        var byId = people.ToDictionary(p => p.Person.Id, StringComparer.Ordinal);
        var quotes = people.ToDictionary(p => p, _ => new List<QuoteEntry>());
        var spoken = people.ToDictionary(p => p, _ => new List<BriefNode>());
        var mentioned = people.ToDictionary(p => p, _ => new List<BriefNode>());

        foreach (var brief in briefs)
        {
            for (var i = 0; i < brief.Brief.Quotes.Count; i++)
            {
                var quote = brief.Brief.Quotes[i];
                if (byId.TryGetValue(quote.By.Id, out var person))
                {
                    quotes[person].Add(new QuoteEntry(brief, quote, person, i));
                }
            }

            foreach (var speaker in brief.Speakers)
            {
                spoken[speaker].Add(brief);
            }

            foreach (var person in brief.People)
            {
                mentioned[person].Add(brief);
            }
        }

        var made = commitments.Where(c => c.By.Kind == ContentKind.Person).ToLookup(c => c.By.Id, StringComparer.Ordinal);
        Parallel.ForEach(people, person =>
        {
            person.Quotes = quotes[person];
            person.SpokenIn = spoken[person];
            person.MentionedIn = mentioned[person];
            person.Commitments = made[person.Person.Id].ToList();
            person.Scorecard = Scorecard.Of(person.Commitments, rates);
            person.AppearsWith = AppearsWith(person);
            if (personTopics)
            {
                person.Topics = PersonTopics(person);
            }
        });
    }

    /// <summary>
    /// The briefs that quote the person or name them in their text (a sentence to show), grouped by each of their
    /// topics: a brief that only lists them as a speaker says nothing of what they said.
    /// </summary>
    internal static List<PersonTopicNode> PersonTopics(PersonNode person)
    {
        var quoted = person.Quotes.Select(q => q.Brief).ToHashSet();
        var byTopic = new Dictionary<TopicNode, List<BriefNode>>();
        foreach (var brief in person.MentionedIn)
        {
            if (!quoted.Contains(brief) && brief.Body.ExcerptOf(person.Key) is null)
            {
                continue;
            }

            foreach (var topic in brief.Topics)
            {
                if (!byTopic.TryGetValue(topic, out var list))
                {
                    byTopic[topic] = list = [];
                }

                list.Add(brief);
            }
        }

        return byTopic.Select(p => new PersonTopicNode(person, p.Key, p.Value.Sorted(Ordering.Chronological)))
            .Sorted((a, b) => Ordering.CompareNames(a.Topic.Title, a.Topic.Id, b.Topic.Title, b.Topic.Id));
    }

    private static void FillOrganizations(List<OrganizationNode> organizations, List<BriefNode> briefs, List<CommitmentNode> commitments, IReadOnlyList<RateTable> rates)
    {
        var briefsOf = briefs.SelectMany(b => b.Organizations.Select(o => (Organization: o, Brief: b))).ToLookup(x => x.Organization, x => x.Brief);
        var made = commitments.Select((c, i) => (Commitment: c, Order: i)).ToLookup(x => x.Commitment.By);
        foreach (var organization in organizations)
        {
            // Its own commitments and its members', in the order of the commitment list.
            organization.Commitments = made[new EntityKey(ContentKind.Organization, organization.Organization.Id)]
                .Concat(organization.People.SelectMany(p => made[p.Key]))
                .OrderBy(x => x.Order)
                .Select(x => x.Commitment)
                .ToList();
            organization.Briefs = briefsOf[organization].ToList();
            FillScorecards(organization, rates);
        }
    }

    /// <summary>Its own commitments' figures, and its people's apart: the two are never summed.</summary>
    internal static void FillScorecards(OrganizationNode organization, IReadOnlyList<RateTable> rates)
    {
        organization.Scorecard = Scorecard.Of([.. organization.Commitments.Where(c => c.By == organization.Key)], rates);
        organization.MembersScorecard = Scorecard.Of([.. organization.Commitments.Where(c => c.By != organization.Key)], rates);
    }

    private static void FillTopics(List<TopicNode> topics, List<BriefNode> briefs)
    {
        var briefsOf = briefs.SelectMany(b => b.Topics.Select(t => (Topic: t, Brief: b))).ToLookup(x => x.Topic, x => x.Brief);
        foreach (var topic in topics)
        {
            topic.Briefs = briefsOf[topic].ToList();
        }
    }

    private static void FillLinkedFrom(List<BriefNode> newestFirst)
    {
        foreach (var (target, sources) in Backlinks(newestFirst, ContentKind.Brief, newestFirst.ToDictionary(b => b.Brief.Slug, StringComparer.Ordinal)))
        {
            target.LinkedFrom = sources;
        }
    }

    /// <summary>
    /// Each commitment's backlinks: a brief that links a commitment in its text without recording an entry for it still
    /// says something about it, and its page lists the brief with the sentence, as a person's page lists its mentions.
    /// </summary>
    private static void FillCommitmentLinks(List<BriefNode> newestFirst, List<CommitmentNode> commitments)
    {
        foreach (var (target, sources) in Backlinks(newestFirst, ContentKind.Commitment, commitments.ToDictionary(c => c.Id, StringComparer.Ordinal)))
        {
            target.LinkedFrom = sources;
        }
    }

    /// <summary>
    /// For each <paramref name="kind"/> of node that briefs link by [[link]] in their text, those briefs, newest first. A body
    /// may link a node many times, and a brief to itself; each backlink is listed once, never to itself.
    /// </summary>
    private static Dictionary<TNode, List<BriefNode>> Backlinks<TNode>(List<BriefNode> newestFirst, ContentKind kind, Dictionary<string, TNode> byId)
        where TNode : class
    {
        var linkedFrom = new Dictionary<TNode, List<BriefNode>>(ReferenceEqualityComparer.Instance);
        foreach (var source in newestFirst)
        {
            foreach (var id in source.Body.Links.Where(k => k.Kind == kind).Select(k => k.Id).Distinct(StringComparer.Ordinal))
            {
                if (byId.TryGetValue(id, out var target) && !ReferenceEquals(target, source))
                {
                    if (!linkedFrom.TryGetValue(target, out var list))
                    {
                        linkedFrom[target] = list = [];
                    }

                    list.Add(source);
                }
            }
        }

        return linkedFrom;
    }

    private static void FillPreviousNext(List<BriefNode> newestFirst)
    {
        for (var i = 0; i < newestFirst.Count; i++)
        {
            newestFirst[i].Next = i > 0 ? newestFirst[i - 1] : null;
            newestFirst[i].Previous = i + 1 < newestFirst.Count ? newestFirst[i + 1] : null;
        }
    }
}
