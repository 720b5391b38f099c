namespace Briefings.Content;

/// <summary>
/// Every id of the site by kind, for resolving references and wikilinks. Built once by the checker
/// after duplicates are known; lookups are by exact id, since ids are lower-case by rule.
/// </summary>
public sealed class EntityIndex
{
    private readonly Lazy<ActorSuggestions> _actorSuggestions;

    public EntityIndex(LoadedContent content)
    {
        People = Unique(content.People, p => p.Id);
        Organizations = Unique(content.Organizations, o => o.Id);
        Briefs = Unique(content.Briefs, b => b.Slug);
        TopicFiles = Unique(content.Topics, t => t.Id);
        CommitmentFiles = Unique(content.Commitments, c => c.Id);

        // Gathered in hash sets and sorted once at the end: a sorted set searched its tree for each of the ~30,000 ids
        // 10,000 briefs name, most of them already in it.
        var topics = new HashSet<string>(TopicFiles.Keys, StringComparer.Ordinal);
        var commitments = new HashSet<string>(CommitmentFiles.Keys, StringComparer.Ordinal);
        var commitmentTexts = new Dictionary<string, string>(StringComparer.Ordinal);
        var quotes = new Dictionary<string, QuoteLocation>(StringComparer.Ordinal);
        foreach (var brief in content.Briefs.OrderBy(b => b.Date).ThenBy(b => b.Slug, StringComparer.Ordinal))
        {
            for (var i = 0; i < brief.Quotes.Count; i++)
            {
                if (brief.Quotes[i].Id is { } quoteId)
                {
                    quotes.TryAdd(quoteId.Id, new QuoteLocation(brief.Slug, i));
                }
            }

            foreach (var topic in brief.Topics)
            {
                topics.Add(topic.Id);
            }

            foreach (var mention in brief.Commitments)
            {
                commitments.Add(mention.Id.Id);
                if (!string.IsNullOrWhiteSpace(mention.Text))
                {
                    commitmentTexts.TryAdd(mention.Id.Id, mention.Text);
                }
            }
        }

        TopicIds = new SortedSet<string>(topics, StringComparer.Ordinal);
        CommitmentTexts = commitmentTexts;
        QuotesById = quotes;
        CommitmentIds = new SortedSet<string>(commitments, StringComparer.Ordinal);
        Unreadable = content.UnreadablePeopleAndOrganizations;
        LeftOut = content.LeftOut;
        Publishing = content.Publishing;
        UnreadableBriefs = content.UnreadableBriefs;
        _actorSuggestions = new(() => new ActorSuggestions(People.Values, Organizations.Values));
    }

    public IReadOnlyDictionary<string, Person> People { get; }

    public IReadOnlyDictionary<string, Organization> Organizations { get; }

    public IReadOnlyDictionary<string, Brief> Briefs { get; private set; }

    /// <summary>
    /// Puts an edited brief in place of the one with its slug, for serve. The map is copied, not changed, since the
    /// data files of the last rebuild may still be reading it in the background.
    /// </summary>
    internal void Replace(Brief brief)
    {
        Briefs = new Dictionary<string, Brief>(Briefs, StringComparer.Ordinal) { [brief.Slug] = brief };
        // A quote removed or added before a quote with an id moves it: embeds find it by its new place.
        var moved = brief.Quotes.Select((q, i) => (q.Id, Index: i))
            .Where(q => q.Id is { } id && QuotesById.TryGetValue(id.Id, out var at) && at.BriefSlug == brief.Slug && at.Index != q.Index)
            .ToList();
        if (moved.Count > 0)
        {
            var quotes = new Dictionary<string, QuoteLocation>(QuotesById, StringComparer.Ordinal);
            foreach (var (id, index) in moved)
            {
                quotes[id!.Value.Id] = new QuoteLocation(brief.Slug, index);
            }

            QuotesById = quotes;
        }
    }

    public IReadOnlyDictionary<string, Topic> TopicFiles { get; }

    public IReadOnlyDictionary<string, CommitmentDocument> CommitmentFiles { get; }

    public IReadOnlySet<string> TopicIds { get; }

    /// <summary>Each commitment's text, from its first mention that has one.</summary>
    public IReadOnlyDictionary<string, string> CommitmentTexts { get; }

    public IReadOnlySet<string> CommitmentIds { get; }

    /// <summary>Each quote that has an <c>id:</c>, by that id: the first of a duplicated id wins, the checker reports the rest.</summary>
    public IReadOnlyDictionary<string, QuoteLocation> QuotesById { get; private set; }

    /// <summary>Ids of people and organization files that failed to load: references to them are not errors of their own.</summary>
    public IReadOnlySet<string> Unreadable { get; }

    /// <summary>Each brief left out of this build, by slug: a link to one is explained, not just unknown.</summary>
    public IReadOnlyDictionary<string, LeftOutBrief> LeftOut { get; }

    public Publishing Publishing { get; }

    /// <summary>The slug and file of each brief that could not be read, as <see cref="LoadedContent.UnreadableBriefs"/>.</summary>
    public IReadOnlyDictionary<string, string> UnreadableBriefs { get; }

    /// <summary>Did-you-mean for unknown people and organizations; built on first use, as a clean site never needs it.</summary>
    public ActorSuggestions ActorSuggestions => _actorSuggestions.Value;

    public bool IsActor(string id) => People.ContainsKey(id) || Organizations.ContainsKey(id);

    public bool Contains(EntityKey key) => key.Kind switch
    {
        ContentKind.Brief => Briefs.ContainsKey(key.Id),
        ContentKind.Person => People.ContainsKey(key.Id),
        ContentKind.Organization => Organizations.ContainsKey(key.Id),
        ContentKind.Topic => TopicIds.Contains(key.Id),
        _ => CommitmentIds.Contains(key.Id),
    };

    /// <summary>The file an entity is written in, relative to the site folder; null for a topic or commitment without a file of its own.</summary>
    public string? SourceFile(EntityKey key) => key.Kind switch
    {
        ContentKind.Brief => Briefs.GetValueOrDefault(key.Id)?.File,
        ContentKind.Person => People.GetValueOrDefault(key.Id)?.File,
        ContentKind.Organization => Organizations.GetValueOrDefault(key.Id)?.File,
        ContentKind.Topic => TopicFiles.GetValueOrDefault(key.Id)?.File,
        _ => CommitmentFiles.GetValueOrDefault(key.Id)?.File,
    };

    /// <summary>The display name of an entity: a name, a title, or a commitment's text.</summary>
    public string Title(EntityKey key) => key.Kind switch
    {
        ContentKind.Brief => Briefs.TryGetValue(key.Id, out var brief) ? brief.Title : key.Id,
        ContentKind.Person => People.TryGetValue(key.Id, out var person) ? person.Name : key.Id,
        ContentKind.Organization => Organizations.TryGetValue(key.Id, out var organization) ? organization.Name : key.Id,
        ContentKind.Topic => TopicFiles.TryGetValue(key.Id, out var topic) ? topic.Title : EntityReaders.TitleFromId(key.Id),
        _ => CommitmentFiles.TryGetValue(key.Id, out var document) && document.Title is { } title
            ? title
            : CommitmentTexts.GetValueOrDefault(key.Id, key.Id),
    };

    /// <summary>Every entity a bare id names, in kind order.</summary>
    public IReadOnlyList<EntityKey> Find(string id)
    {
        var found = new List<EntityKey>(1);
        foreach (var kind in ContentKinds.All)
        {
            var key = new EntityKey(kind, id);
            if (Contains(key))
            {
                found.Add(key);
            }
        }

        return found;
    }

    public IEnumerable<string> AllIds(ContentKind? kind = null) => (kind switch
    {
        ContentKind.Brief => Briefs.Keys,
        ContentKind.Person => People.Keys,
        ContentKind.Organization => Organizations.Keys,
        ContentKind.Topic => TopicIds,
        ContentKind.Commitment => CommitmentIds,
        _ => Briefs.Keys.Concat(People.Keys).Concat(Organizations.Keys).Concat(TopicIds).Concat(CommitmentIds),
    }).Distinct();

    /// <summary>The first of each id wins; the checker reports the rest as duplicates.</summary>
    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            map.TryAdd(id(item), item);
        }

        return map;
    }
}
