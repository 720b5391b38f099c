using Briefings.Content;
using Briefings.Images;
using Briefings.Markdown;

namespace Briefings.Graph;

/// <summary>A brief with what the graph derives for it. Lists are filled by <see cref="GraphBuilder"/> and never change after.</summary>
public sealed class BriefNode(Brief brief, RenderedBody body)
{
    /// <summary>The fragment that names a brief's quote on its page, for links from search results and person pages.</summary>
    public static string QuoteAnchor(int index) => $"quote-{index + 1}";

    /// <summary>Its place in its list of the graph, which tables made from the graph are indexed by.</summary>
    public int Position { get; internal set; }

    /// <summary>Replaced only by <see cref="BriefUpdate"/>, for serve, when an edit keeps the graph's shape.</summary>
    public Brief Brief { get; internal set; } = brief;

    public RenderedBody Body { get; internal set; } = body;

    public EntityKey Key => new(ContentKind.Brief, Brief.Slug);

    /// <summary>The page's site-relative URL, worked out once: feeds and JSON-LD ask for it many times over.</summary>
    public string Url => _url ??= Key.Url;

    private string? _url;

    /// <summary>The lead image, when it was found.</summary>
    public PlacedImage? Image { get; internal set; }

    public IReadOnlyList<PersonNode> Speakers { get; internal set; } = [];

    /// <summary>Who wrote it: each a person of the site, or a name as written.</summary>
    public IReadOnlyList<Author> Byline { get; internal set; } = [];

    /// <summary>Everyone the brief involves: speakers, quoted people, [[links]] and name mentions.</summary>
    public IReadOnlyList<PersonNode> People { get; internal set; } = [];

    public IReadOnlyList<OrganizationNode> Organizations { get; internal set; } = [];

    public IReadOnlyList<TopicNode> Topics { get; internal set; } = [];

    public IReadOnlyList<CommitmentEntry> Commitments { get; internal set; } = [];

    public IReadOnlyList<BriefNode> Related { get; internal set; } = [];

    /// <summary>Backlinks: the other briefs whose bodies link to this one with [[…]], newest first.</summary>
    public IReadOnlyList<BriefNode> LinkedFrom { get; internal set; } = [];

    /// <summary>The brief just before this one in time.</summary>
    public BriefNode? Previous { get; internal set; }

    /// <summary>The brief just after this one in time.</summary>
    public BriefNode? Next { get; internal set; }
}

/// <summary>A name of a brief's byline; <see cref="Person"/> when it is a person id of the site.</summary>
public sealed record Author(string Name, PersonNode? Person);

/// <summary>A page at an old URL (<see cref="From"/>, site-relative) that sends readers to <see cref="To"/>'s.</summary>
public sealed record RedirectNode(string From, EntityKey To, string Title);

/// <summary>A quote as its speaker's page lists it; <see cref="Index"/> is its place among its brief's quotes.</summary>
public sealed record QuoteEntry(BriefNode Brief, Quote Quote, PersonNode Person, int Index);

public sealed record PersonCount(PersonNode Person, int Count);

public sealed class PersonNode(Person person, RenderedBody bio)
{
    /// <summary>Its place in its list of the graph, which tables made from the graph are indexed by.</summary>
    public int Position { get; internal set; }

    public Person Person { get; } = person;

    public RenderedBody Bio { get; } = bio;

    public EntityKey Key => new(ContentKind.Person, Person.Id);

    /// <summary>The page's site-relative URL, worked out once: feeds and JSON-LD ask for it many times over.</summary>
    public string Url => _url ??= Key.Url;

    private string? _url;

    public OrganizationNode? Organization { get; internal set; }

    /// <summary>The portrait, when it was found.</summary>
    public PlacedImage? Image { get; internal set; }

    public IReadOnlyList<QuoteEntry> Quotes { get; internal set; } = [];

    public IReadOnlyList<CommitmentNode> Commitments { get; internal set; } = [];

    public IReadOnlyList<BriefNode> SpokenIn { get; internal set; } = [];

    /// <summary>Backlinks: briefs that name this person by [[link]], as a speaker, in a quote, or in the text.</summary>
    public IReadOnlyList<BriefNode> MentionedIn { get; internal set; } = [];

    public IReadOnlyList<PersonCount> AppearsWith { get; internal set; } = [];

    /// <summary>The figures of the commitments they made.</summary>
    public Scorecard Scorecard { get; internal set; } = Scorecard.Empty;

    /// <summary>The topics they are quoted or named on, each with its briefs, in the order of topics; empty unless the site asks for them.</summary>
    public IReadOnlyList<PersonTopicNode> Topics { get; internal set; } = [];
}

/// <summary>
/// What one person said on one topic, and where its briefs name them: the briefs of <see cref="Topic"/> that quote
/// <see cref="Person"/> or name them in their text, oldest first, for readers who want to see whether a position moved.
/// </summary>
public sealed class PersonTopicNode(PersonNode person, TopicNode topic, IReadOnlyList<BriefNode> briefs)
{
    public PersonNode Person { get; } = person;

    public TopicNode Topic { get; } = topic;

    /// <summary>Oldest first, briefs of one day by slug, as a commitment's timeline.</summary>
    public IReadOnlyList<BriefNode> Briefs { get; } = briefs;

    /// <summary>The page's site-relative URL, below the person's.</summary>
    public string Url => $"{Person.Url}topics/{Uri.EscapeDataString(Topic.Id)}/";
}

public sealed class OrganizationNode(Organization organization, RenderedBody description)
{
    /// <summary>Its place in its list of the graph, which tables made from the graph are indexed by.</summary>
    public int Position { get; internal set; }

    public Organization Organization { get; } = organization;

    public RenderedBody Description { get; } = description;

    public EntityKey Key => new(ContentKind.Organization, Organization.Id);

    /// <summary>The page's site-relative URL, worked out once: feeds and JSON-LD ask for it many times over.</summary>
    public string Url => _url ??= Key.Url;

    private string? _url;

    public OrganizationNode? Parent { get; internal set; }

    /// <summary>The logo, when it was found.</summary>
    public PlacedImage? Image { get; internal set; }

    public IReadOnlyList<OrganizationNode> Children { get; internal set; } = [];

    public IReadOnlyList<PersonNode> People { get; internal set; } = [];

    /// <summary>Its own commitments and those of its people.</summary>
    public IReadOnlyList<CommitmentNode> Commitments { get; internal set; } = [];

    public IReadOnlyList<BriefNode> Briefs { get; internal set; } = [];

    /// <summary>The figures of the commitments it made itself.</summary>
    public Scorecard Scorecard { get; internal set; } = Scorecard.Empty;

    /// <summary>The figures of the commitments its people made: kept apart from its own, never added to them.</summary>
    public Scorecard MembersScorecard { get; internal set; } = Scorecard.Empty;
}

public sealed class TopicNode(string id, string title, RenderedBody description)
{
    /// <summary>Its place in its list of the graph, which tables made from the graph are indexed by.</summary>
    public int Position { get; internal set; }

    public string Id { get; } = id;

    public string Title { get; } = title;

    public RenderedBody Description { get; } = description;

    public EntityKey Key => new(ContentKind.Topic, Id);

    public IReadOnlyList<BriefNode> Briefs { get; internal set; } = [];
}

/// <summary>One dated status of a commitment, as recorded by one brief; <see cref="Index"/> is its place in the timeline.</summary>
public sealed record CommitmentEntry(CommitmentNode Commitment, BriefNode Brief, CommitmentMention Mention, int Index)
{
    public DateOnly Date => Brief.Brief.Date;

    public CommitmentStatus Status => Mention.Status;

    /// <summary>The entry before it in the timeline, whose status this one changed or restated; null for the first.</summary>
    public CommitmentEntry? Previous => Index > 0 ? Commitment.Timeline[Index - 1] : null;

    /// <summary>Whether a later entry recorded a different status, so that what this entry says no longer holds.</summary>
    public bool Superseded => Index < Commitment.StatusSince.Index;

    /// <summary>Whether its change from the entry before is one a reader should question (explained or not by its note).</summary>
    public QuestionedTransition Transition => Commitment.Transitions[Index];
}

public sealed class CommitmentNode(string id, string title, string text, EntityKey by, EntityKey? to, CommitmentDocument? document, RenderedBody background)
{
    /// <summary>Its place in its list of the graph, which tables made from the graph are indexed by.</summary>
    public int Position { get; internal set; }

    public string Id { get; } = id;

    public string Title { get; } = title;

    public string Text { get; } = text;

    public EntityKey By { get; } = by;

    public EntityKey? To { get; } = to;

    public CommitmentDocument? Document { get; } = document;

    public RenderedBody Background { get; } = background;

    public EntityKey Key => new(ContentKind.Commitment, Id);

    /// <summary>Status entries ordered by date, then brief slug.</summary>
    public IReadOnlyList<CommitmentEntry> Timeline { get; internal set; } = [];

    /// <summary>The latest entry: its status is the commitment's, its conditions and note are those that hold now.</summary>
    public CommitmentEntry Current => Timeline[^1];

    public CommitmentStatus CurrentStatus => Current.Status;

    /// <summary>
    /// The first entry of the last run of the current status: a commitment pledged on one date and restated as
    /// pledged later has been pledged since the first. Set with <see cref="Timeline"/>.
    /// </summary>
    public CommitmentEntry StatusSince { get; internal set; } = null!;

    /// <summary>Amounts per unit and staleness, from the timeline; set with it.</summary>
    public CommitmentFigures Figures { get; internal set; } = CommitmentFigures.None;

    /// <summary>Each timeline entry's change from the one before, by index; set with <see cref="Timeline"/>.</summary>
    public IReadOnlyList<QuestionedTransition> Transitions { get; internal set; } = [];

    /// <summary>
    /// Backlinks: the briefs that link it by [[link]] in their text, newest first, whether or not they also record an
    /// entry of its <see cref="Timeline"/>.
    /// </summary>
    public IReadOnlyList<BriefNode> LinkedFrom { get; internal set; } = [];

    /// <summary>
    /// The conditions most recently stated for it, whatever the status then: what api/commitments.json has always
    /// given as its <c>conditions</c>. Pages show <see cref="Current"/>'s, since conditions belong to their entry.
    /// </summary>
    public IReadOnlyList<string> Conditions => Timeline.LastOrDefault(e => e.Mention.Conditions.Count > 0)?.Mention.Conditions ?? [];
}
