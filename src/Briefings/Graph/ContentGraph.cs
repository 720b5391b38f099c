using Briefings.Content;

namespace Briefings.Graph;

/// <summary>
/// The whole site as one immutable graph: every entity with its derived lists (backlinks, timelines,
/// related briefs). Templates never see it directly; view models are made from it.
/// </summary>
public sealed class ContentGraph
{
    internal ContentGraph(
        SiteConfig config,
        EntityIndex index,
        IReadOnlyList<BriefNode> briefs,
        IReadOnlyList<PersonNode> people,
        IReadOnlyList<OrganizationNode> organizations,
        IReadOnlyList<CommitmentNode> commitments,
        IReadOnlyList<TopicNode> topics)
    {
        Config = config;
        Index = index;
        Briefs = briefs;
        People = people;
        Organizations = organizations;
        Commitments = commitments;
        Topics = topics;
        Number(briefs, (node, i) => node.Position = i);
        Number(people, (node, i) => node.Position = i);
        Number(organizations, (node, i) => node.Position = i);
        Number(commitments, (node, i) => node.Position = i);
        Number(topics, (node, i) => node.Position = i);
        BriefsBySlug = briefs.ToDictionary(b => b.Brief.Slug, StringComparer.Ordinal);
        PeopleById = people.ToDictionary(p => p.Person.Id, StringComparer.Ordinal);
        OrganizationsById = organizations.ToDictionary(o => o.Organization.Id, StringComparer.Ordinal);
        CommitmentsById = commitments.ToDictionary(c => c.Id, StringComparer.Ordinal);
        TopicsById = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    public SiteConfig Config { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<ContentKind, Lazy<IReadOnlySet<EntityKey>>> _keys = new();

    /// <summary>
    /// The keys of every entity of a kind, made once for the graph and shared by the pages that depend on them all. Once,
    /// not once per rendering: serve's edits update the graph in place without adding or removing any entity, and making
    /// the set of 100,000 briefs' keys again took 30-50 ms of each edit that re-rendered an archive month.
    /// </summary>
    public IReadOnlySet<EntityKey> KeysOf(ContentKind kind) =>
        _keys.GetOrAdd(kind, k => new Lazy<IReadOnlySet<EntityKey>>(() => Keys(k).ToHashSet())).Value;

    /// <summary>The as-of date and what it let in: what decided which briefs this graph holds.</summary>
    public Publishing Publishing { get; init; } = new(DateOnly.MaxValue, false, false, false);

    /// <summary>Briefs past their expiry date, newest first: not in any list, but each keeps a short page at its URL.</summary>
    public IReadOnlyList<Brief> Expired { get; init; } = [];

    /// <summary>The pages at old URLs, by old URL.</summary>
    public IReadOnlyList<RedirectNode> Redirects { get; init; } = [];

    /// <summary>Every correction and retraction of a published brief, newest first: /corrections/ and its feed.</summary>
    public IReadOnlyList<CorrectionEntry> Corrections { get; init; } = [];
    /// <summary>Every image file the site shows, by path: what the output publishes in every width.</summary>
    public IReadOnlyList<Briefings.Images.ImageSource> Images { get; init; } = [];

    public EntityIndex Index { get; }

    /// <summary>Newest first: by date descending, then slug.</summary>
    public IReadOnlyList<BriefNode> Briefs { get; }

    /// <summary>By name, then id.</summary>
    public IReadOnlyList<PersonNode> People { get; }

    /// <summary>By name, then id.</summary>
    public IReadOnlyList<OrganizationNode> Organizations { get; }

    /// <summary>By id.</summary>
    public IReadOnlyList<CommitmentNode> Commitments { get; }

    /// <summary>By title, then id.</summary>
    public IReadOnlyList<TopicNode> Topics { get; }

    public IReadOnlyDictionary<string, BriefNode> BriefsBySlug { get; }

    public IReadOnlyDictionary<string, PersonNode> PeopleById { get; }

    public IReadOnlyDictionary<string, OrganizationNode> OrganizationsById { get; }

    public IReadOnlyDictionary<string, CommitmentNode> CommitmentsById { get; }

    public IReadOnlyDictionary<string, TopicNode> TopicsById { get; }

    private static void Number<TNode>(IReadOnlyList<TNode> nodes, Action<TNode, int> position)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            position(nodes[i], i);
        }
    }

    /// <summary>The display name of a person or organization named as an actor.</summary>
    public string ActorName(EntityKey key) => Index.Title(key);

    private IEnumerable<EntityKey> Keys(ContentKind kind) => kind switch
    {
        ContentKind.Brief => Briefs.Select(b => b.Key),
        ContentKind.Person => People.Select(p => p.Key),
        ContentKind.Organization => Organizations.Select(o => o.Key),
        ContentKind.Topic => Topics.Select(t => t.Key),
        ContentKind.Commitment => Commitments.Select(c => c.Key),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
