using Briefings.Content;
using Briefings.Content.Languages;
using Briefings.Graph;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Models;

/// <summary>
/// The snake_case objects templates see. Each entity's summary ("ref") is built once per build and shared,
/// read-only, by every page that lists it. URLs are relative to the site root; templates prefix <c>root</c>.
/// Templates never see the graph's or the loader's types.
/// </summary>
public sealed class ViewModels
{
    private readonly ContentGraph _graph;
    // By node position: a page lists up to hundreds of summaries, and a dictionary keyed by node read each node's
    // header for its hash code and went through the hash table, where an array index is one read.
    private readonly TemplateModel[] _briefs;
    private readonly TemplateModel[] _people;
    private readonly TemplateModel[] _organizations;
    private readonly TemplateModel[] _topics;
    private readonly TemplateModel[] _commitments;

    /// <summary>
    /// What the page being built has shown: what it depends on, so that <c>serve</c> re-renders it when one of those
    /// entities changes. Null in the shared instance, which records nothing.
    /// </summary>
    private readonly PageDependencies? _used;

    /// <summary>One read-only object per status, shared like the summaries: every commitment row shows one.</summary>
    private readonly IReadOnlyDictionary<CommitmentStatus, TemplateModel> _statuses;

    private readonly InterfaceText _text;

    /// <summary>The site's language: what models made beside these format their dates and numbers with.</summary>
    public InterfaceText Text => _text;

    public ViewModels(ContentGraph graph)
    {
        _graph = graph;
        _text = graph.Config.Text;
        _statuses = Enum.GetValues<CommitmentStatus>().ToDictionary(status => status, status =>
        {
            var model = new TemplateModel
            {
                ["slug"] = status.Slug(),
                ["label"] = _text.Text("status." + status.Slug()),
            };
            model.IsReadOnly = true;
            return model;
        });
        // Built in dependency order, before any page is rendered, so later reads from many threads never write. Shared by
        // every page that lists the entity, a summary must not change under a template that assigns to it; read-only, it
        // may also stand for the partials rendered from it (PageRenderer). Each is frozen as it is made, as what it holds
        // was made and frozen before it: the brief summaries, most of the work, are then frozen on all cores, where a
        // pass over every summary at the end took ~14 ms of 10,000 briefs on one.
        _organizations = new TemplateModel[graph.Organizations.Count];
        foreach (var organization in graph.Organizations)
        {
            _organizations[organization.Position] = Frozen(BuildOrganization(organization));
        }

        _people = new TemplateModel[graph.People.Count];
        foreach (var person in graph.People)
        {
            _people[person.Position] = Frozen(BuildPerson(person));
        }

        _topics = new TemplateModel[graph.Topics.Count];
        foreach (var topic in graph.Topics)
        {
            _topics[topic.Position] = Frozen(BuildTopic(topic));
        }

        // Brief summaries are most of the work, and each reads only the summaries built above.
        _briefs = new TemplateModel[graph.Briefs.Count];
        Parallel.For(0, _briefs.Length, i => _briefs[graph.Briefs[i].Position] = Frozen(BuildBrief(graph.Briefs[i])));
        _commitments = new TemplateModel[graph.Commitments.Count];
        foreach (var commitment in graph.Commitments)
        {
            _commitments[commitment.Position] = Frozen(BuildCommitment(commitment));
        }
    }

    private static TemplateModel Frozen(TemplateModel summary)
    {
        summary.Freeze();
        return summary;
    }

    private ViewModels(ViewModels shared, PageDependencies used)
    {
        (_graph, _briefs, _people, _organizations, _topics, _commitments) =
            (shared._graph, shared._briefs, shared._people, shared._organizations, shared._topics, shared._commitments);
        (_statuses, _text) = (shared._statuses, shared._text);
        _used = used;
    }

    /// <summary>
    /// Builds again the summaries of entities that serve's graph update changed in place (a brief, a commitment, a person
    /// whose counts of quotes and briefs changed), and of those that hold the summary of a person rebuilt: the briefs they
    /// spoke in and the commitments they made or were made to. Returns every key whose summary was built again.
    /// </summary>
    public HashSet<EntityKey> Refresh(IEnumerable<EntityKey> keys)
    {
        var refreshed = keys.ToHashSet();
        // People first: the brief and commitment summaries built below take in the new summaries of their speakers and actors.
        foreach (var key in refreshed.Where(k => k.Kind == ContentKind.Person).ToList())
        {
            // Of a person, a brief edit changes only the counts: a summary whose counts stand is left, with those holding it.
            if (_graph.PeopleById.TryGetValue(key.Id, out var person) && !SameCounts(_people[person.Position], person))
            {
                (_people[person.Position] = BuildPerson(person)).Freeze();
                refreshed.UnionWith(person.SpokenIn.Select(b => b.Key));
                refreshed.UnionWith(_graph.Commitments.Where(c => c.By == key || c.To == key).Select(c => c.Key));
            }
        }

        foreach (var key in refreshed)
        {
            if (key.Kind == ContentKind.Brief && _graph.BriefsBySlug.TryGetValue(key.Id, out var brief))
            {
                (_briefs[brief.Position] = BuildBrief(brief)).Freeze();
            }
            else if (key.Kind == ContentKind.Commitment && _graph.CommitmentsById.TryGetValue(key.Id, out var commitment))
            {
                (_commitments[commitment.Position] = BuildCommitment(commitment)).Freeze();
            }
        }

        return refreshed;
    }

    private static bool SameCounts(TemplateModel summary, PersonNode node) =>
        Equals(summary["quote_count"], node.Quotes.Count) && Equals(summary["brief_count"], node.MentionedIn.Count);

    /// <summary>The same summaries, for one page: every entity whose summary it takes is added to <paramref name="used"/>.</summary>
    public ViewModels RecordingInto(PageDependencies used) => new(this, used);

    /// <summary>Declares a dependency the page has without showing the entity's summary.</summary>
    public void Depend(EntityKey key) => _used?.Add(key);

    /// <summary>
    /// Declares that the page depends on every entity of a kind: a count over all commitments, or a page of a sorted
    /// list, whose items are those that sort there.
    /// </summary>
    public void DependOnEvery(ContentKind kind) => _used?.AddEvery(kind);

    public TemplateModel Brief(BriefNode node) => Use(_briefs, node.Position, node, static n => n.Key);

    public TemplateModel Person(PersonNode node) => Use(_people, node.Position, node, static n => n.Key);

    public TemplateModel Organization(OrganizationNode node) => Use(_organizations, node.Position, node, static n => n.Key);

    public TemplateModel Topic(TopicNode node) => Use(_topics, node.Position, node, static n => n.Key);

    public TemplateModel Commitment(CommitmentNode node) => Use(_commitments, node.Position, node, static n => n.Key);

    /// <summary>
    /// A node's summary. Its key is made only while a page's dependencies are recorded: making it reads the entity's
    /// own record, one more cache miss per summary on pages that list hundreds.
    /// </summary>
    private TemplateModel Use<TNode>(TemplateModel[] summaries, int position, TNode node, Func<TNode, EntityKey> key)
    {
        _used?.Add(key(node));
        return summaries[position];
    }

    /// <summary>Every entity summary, by key: what lists show of each entity.</summary>
    public IEnumerable<(EntityKey Key, TemplateModel Summary)> Summaries() =>
        _graph.Briefs.Select(x => (x.Key, _briefs[x.Position]))
            .Concat(_graph.People.Select(x => (x.Key, _people[x.Position])))
            .Concat(_graph.Organizations.Select(x => (x.Key, _organizations[x.Position])))
            .Concat(_graph.Topics.Select(x => (x.Key, _topics[x.Position])))
            .Concat(_graph.Commitments.Select(x => (x.Key, _commitments[x.Position])));

    public ScriptArray Briefs(IEnumerable<BriefNode> nodes) => Array(nodes.Select(Brief));

    public ScriptArray People(IEnumerable<PersonNode> nodes) => Array(nodes.Select(Person));

    public ScriptArray Organizations(IEnumerable<OrganizationNode> nodes) => Array(nodes.Select(Organization));

    public ScriptArray Topics(IEnumerable<TopicNode> nodes) => Array(nodes.Select(Topic));

    public ScriptArray Commitments(IEnumerable<CommitmentNode> nodes) => Array(nodes.Select(Commitment));

    /// <summary>A person or an organization named as a commitment's maker or recipient.</summary>
    public TemplateModel Actor(EntityKey key) =>
        key.Kind == ContentKind.Person && _graph.PeopleById.TryGetValue(key.Id, out var person)
            ? Person(person)
            : Organization(_graph.OrganizationsById[key.Id]);

    /// <summary>The fragment id of a brief's n-th quote (0-based), which search results and quote links point at.</summary>

    // Models are made with room for their fields: a table grown from empty is made three times over.
    public TemplateModel Quote(QuoteEntry quote) => new(8)
    {
        ["id"] = null,
        ["language"] = SpokenLanguage(quote.Quote),
        ["provenance"] = Provenance(quote.Quote, quote.Brief.Brief.Source),
        ["anchor"] = BriefNode.QuoteAnchor(quote.Index),
        ["text"] = quote.Quote.Text,
        ["context"] = quote.Quote.Context,
        ["by"] = Person(quote.Person),
        ["brief"] = Brief(quote.Brief),
    };

    /// <summary>The language to mark a quote's text with: a translation's text is in the site's language, its original is not.</summary>
    public static string? SpokenLanguage(Quote quote) => quote.Kind == QuoteKind.Translation ? null : quote.Language;

    /// <summary>
    /// Where a quote comes from and how its words stand to what was said. Away from its brief (a person's page), a quote
    /// with no source of its own is shown with its brief's; <paramref name="besideBrief"/>, on the brief's own page, which
    /// cites the brief's source already, a verbatim quote with no source of its own has nothing to add.
    /// </summary>
    public TemplateModel? Provenance(Quote quote, Source? briefSource, bool besideBrief = false)
    {
        var own = quote.Source?.IsCitable == true ? quote.Source : null;
        if (besideBrief && own is null && quote.Kind == QuoteKind.Verbatim)
        {
            return null;
        }

        var source = own ?? (!besideBrief && briefSource?.IsCitable == true ? briefSource : null);
        return new TemplateModel(6)
        {
            ["kind"] = quote.Kind.Slug(),
            ["kind_label"] = _text.Text("provenance." + quote.Kind.Slug()),
            ["source"] = source is null ? null : Source(source),
            ["inherited"] = source is not null && own is null,
            ["original"] = quote.Kind == QuoteKind.Translation ? quote.Original : null,
            ["original_language"] = quote.Kind == QuoteKind.Translation ? quote.Language : null,
        };
    }

    /// <summary>A brief's or a quote's source as pages cite it.</summary>
    public TemplateModel Source(Source source) => new(6)
    {
        ["title"] = source.Title,
        ["publisher"] = source.Publisher,
        ["url"] = source.Url,
        ["archive_url"] = source.ArchiveUrl,
        ["date"] = source.Date is { } date ? Dates.Iso(date) : null,
        ["date_display"] = source.Date is { } shown ? _text.Date(shown) : null,
    };

    public TemplateModel Entry(CommitmentEntry entry) => new(16)
    {
        // The sentence of the entry's brief that links the commitment, for its timeline.
        ["excerpt"] = entry.Brief.Body.ExcerptOf(entry.Commitment.Key) is { } excerpt ? Excerpt(excerpt) : null,
        // Questioned whether or not a note explains it: the mark tells readers the record changed course.
        ["transition"] = entry.Transition == QuestionedTransition.None ? null : entry.Transition.Slug(),
        ["reopens"] = entry.Transition.Reopens(),
        // Amounts of a proposed or offered entry are what was offered, never counted as pledged.
        ["amount"] = FigureModels.Written(_text, entry.Mention.Amount),
        ["offered"] = !AmountLedger.CountsAsPledge(entry.Status),
        ["delivered"] = FigureModels.Written(_text, entry.Mention.Delivered),
        ["over_unexplained"] = entry.Commitment.Figures.Unexplained.Contains(entry.Index),
        ["commitment"] = Commitment(entry.Commitment),
        ["brief"] = Brief(entry.Brief),
        ["date"] = Dates.Iso(entry.Date),
        ["date_display"] = _text.Date(entry.Date),
        ["status"] = Status(entry.Status),
        ["previous"] = entry.Previous is { } previous ? Status(previous.Status) : null,
        ["superseded"] = entry.Superseded,
        ["note"] = entry.Mention.Note,
        ["conditions"] = Array(entry.Mention.Conditions),
    };

    /// <summary>A status as templates see it: its slug, and its label in the site's language.</summary>
    public TemplateModel Status(CommitmentStatus status) => _statuses[status];

    /// <summary>
    /// A brief as the page of something it names lists it: the brief, and the sentence that names <paramref name="key"/>
    /// (null when the brief only lists them, as a speaker or in front-matter).
    /// </summary>
    public TemplateModel Mention(BriefNode brief, EntityKey key) => new(2)
    {
        ["brief"] = Brief(brief),
        ["excerpt"] = brief.Body.ExcerptOf(key) is { } excerpt ? Excerpt(excerpt) : null,
    };

    public ScriptArray Mentions(IEnumerable<BriefNode> briefs, EntityKey key) => Array(briefs.Select(b => Mention(b, key)));

    /// <summary>
    /// An excerpt's text, escaped, with each place it names the entity in <c>&lt;mark&gt;</c>. Put together in a builder
    /// kept per thread: a builder per excerpt was ~11 MB of the 10,000-brief build's allocations.
    /// </summary>
    public static RawHtml Excerpt(Markdown.MentionExcerpt excerpt)
    {
        var text = excerpt.Text.AsSpan();
        var html = t_excerpt ??= new System.Text.StringBuilder(2 * Markdown.MentionExcerpt.MaxLength);
        html.Clear();
        var done = 0;
        for (var i = 0; i < excerpt.Marks.Length; i += 2)
        {
            var (start, length) = (excerpt.Marks[i], excerpt.Marks[i + 1]);
            Html.Escape(text[done..start], html);
            html.Append("<mark>");
            Html.Escape(text.Slice(start, length), html);
            html.Append("</mark>");
            done = start + length;
        }

        Html.Escape(text[done..], html);
        return new RawHtml(html.ToString());
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? t_excerpt;

    /// <summary>A rendered body as a page shows it, with the cards of its embeds placed in; they count as what the page uses.</summary>
    public RawUtf8Html Body(Markdown.RenderedBody body) =>
        body.Embeds.Count == 0 ? new(body.Utf8Html) : new(EmbedCards.Place(body, _graph, Depend));

    public static ScriptArray Array<T>(IEnumerable<T> items)
    {
        // Sized up front where the count is known without enumerating (lists, and LINQ selections of them).
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    private TemplateModel BuildOrganization(OrganizationNode node) => new(5)
    {
        ["kind"] = "organization",
        ["id"] = node.Organization.Id,
        ["name"] = node.Organization.Name,
        ["url"] = node.Url,
        ["type"] = node.Organization.Kind.ToString().ToLowerInvariant(),
    };

    private TemplateModel BuildPerson(PersonNode node) => new(8)
    {
        ["kind"] = "person",
        ["id"] = node.Person.Id,
        ["name"] = node.Person.Name,
        ["url"] = node.Url,
        ["role"] = node.Person.Role,
        ["organization"] = node.Organization is { } organization ? Organization(organization) : null,
        ["quote_count"] = node.Quotes.Count,
        ["brief_count"] = node.MentionedIn.Count,
    };

    private TemplateModel BuildTopic(TopicNode node) => new(4)
    {
        ["id"] = node.Id,
        ["title"] = node.Title,
        ["url"] = node.Key.Url,
        ["count"] = node.Briefs.Count,
    };

    private TemplateModel BuildBrief(BriefNode node) => new(11)
    {
        ["slug"] = node.Brief.Slug,
        ["title"] = node.Brief.Title,
        ["url"] = node.Url,
        ["date"] = Dates.Iso(node.Brief.Date),
        ["date_display"] = _text.Date(node.Brief.Date),
        ["summary"] = node.Brief.Summary,
        ["topics"] = Topics(node.Topics),
        ["speakers"] = People(node.Speakers),
        ["updated"] = node.Brief.LastUpdated is { } updated ? Dates.Iso(updated) : null,
        ["updated_display"] = node.Brief.LastUpdated is { } shown ? _text.Date(shown) : null,
        ["retracted"] = node.Brief.Retraction is not null,
    };

    /// <summary>One correction, update, clarification or retraction; <c>id</c> is its fragment on the brief's page.</summary>
    public TemplateModel Update(BriefUpdate update, string anchor) => new(6)
    {
        ["id"] = anchor,
        ["date"] = Dates.Iso(update.Date),
        ["date_display"] = _text.Date(update.Date),
        ["kind"] = update.Kind.Slug(),
        ["label"] = _text.Text("update." + update.Kind.Slug()),
        ["text"] = update.Text,
    };

    private TemplateModel BuildCommitment(CommitmentNode node)
    {
        var last = node.Current;
        var since = node.StatusSince.Date;
        return new TemplateModel(13)
        {
            ["id"] = node.Id,
            ["title"] = node.Title,
            ["text"] = node.Text,
            ["url"] = node.Key.Url,
            ["status"] = Status(node.CurrentStatus),
            ["status_since"] = Dates.Iso(since),
            ["status_since_display"] = _text.Date(since),
            ["by"] = Actor(node.By),
            ["to"] = node.To is { } to ? Actor(to) : null,
            ["updated"] = Dates.Iso(last.Date),
            ["updated_display"] = _text.Date(last.Date),
            ["entry_count"] = node.Timeline.Count,
            ["stale"] = node.Figures.Stale,
        };
    }
}
