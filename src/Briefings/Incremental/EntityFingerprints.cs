using System.Runtime.CompilerServices;
using Briefings.Content;
using Briefings.Graph;
using Briefings.Outputs.Pages.Models;
using Briefings.Outputs.Pages.Templates;
using Scriban.Runtime;

namespace Briefings.Incremental;

/// <summary>
/// Two hashes per entity, compared between serve's builds: its summary (what every list that shows it
/// prints) and its node (what its own page prints). Records and rendered bodies are hashed by identity,
/// since the caches hand back the very same objects when a file did not change.
/// </summary>
public sealed class EntityFingerprints
{
    private EntityFingerprints(Dictionary<EntityKey, int> summaries, Dictionary<EntityKey, int> nodes)
    {
        Summaries = summaries;
        Nodes = nodes;
    }

    public IReadOnlyDictionary<EntityKey, int> Summaries { get; }

    public IReadOnlyDictionary<EntityKey, int> Nodes { get; }

    public static EntityFingerprints Compute(ContentGraph graph, ViewModels models)
    {
        // Every entity's hashes are independent of the others', and serve waits for all of them.
        var listed = models.Summaries().ToArray();
        var summaryHashes = new int[listed.Length];
        Parallel.For(0, listed.Length, i =>
        {
            var hash = new HashCode();
            Add(ref hash, listed[i].Summary);
            if (listed[i].Key.Kind == ContentKind.Brief)
            {
                Excerpts(ref hash, graph.BriefsBySlug[listed[i].Key.Id]);
            }

            summaryHashes[i] = hash.ToHashCode();
        });

        var summaries = new Dictionary<EntityKey, int>(listed.Length);
        for (var i = 0; i < listed.Length; i++)
        {
            summaries[listed[i].Key] = summaryHashes[i];
        }

        var briefs = new (EntityKey, int)[graph.Briefs.Count];
        var people = new (EntityKey, int)[graph.People.Count];
        Parallel.Invoke(
            () => Parallel.For(0, briefs.Length, i => briefs[i] = (graph.Briefs[i].Key, Of(graph.Briefs[i]))),
            () => Parallel.For(0, people.Length, i => people[i] = (graph.People[i].Key, Of(graph.People[i]))));

        var nodes = new Dictionary<EntityKey, int>(summaries.Count);
        foreach (var (key, hash) in briefs.Concat(people))
        {
            nodes[key] = hash;
        }

        foreach (var organization in graph.Organizations)
        {
            nodes[organization.Key] = Of(organization);
        }

        foreach (var topic in graph.Topics)
        {
            nodes[topic.Key] = Of(topic);
        }

        foreach (var commitment in graph.Commitments)
        {
            nodes[commitment.Key] = Of(commitment);
        }

        return new EntityFingerprints(summaries, nodes);
    }

    /// <summary>
    /// Hashes again only <paramref name="keys"/>, after serve's graph update changed them in place, and returns those
    /// whose summary and whose node hash changed; every other entity's hashes stand as they were.
    /// </summary>
    public (HashSet<EntityKey> Summaries, HashSet<EntityKey> Nodes) Update(ContentGraph graph, ViewModels models, IEnumerable<EntityKey> keys)
    {
        var (summaries, nodes) = ((Dictionary<EntityKey, int>)Summaries, (Dictionary<EntityKey, int>)Nodes);
        var changed = (Summaries: new HashSet<EntityKey>(), Nodes: new HashSet<EntityKey>());
        foreach (var key in keys)
        {
            var (summary, node) = key.Kind switch
            {
                ContentKind.Brief => (models.Brief(graph.BriefsBySlug[key.Id]), Of(graph.BriefsBySlug[key.Id])),
                ContentKind.Person => (models.Person(graph.PeopleById[key.Id]), Of(graph.PeopleById[key.Id])),
                ContentKind.Organization => (models.Organization(graph.OrganizationsById[key.Id]), Of(graph.OrganizationsById[key.Id])),
                ContentKind.Topic => (models.Topic(graph.TopicsById[key.Id]), Of(graph.TopicsById[key.Id])),
                _ => (models.Commitment(graph.CommitmentsById[key.Id]), Of(graph.CommitmentsById[key.Id])),
            };
            var hash = new HashCode();
            Add(ref hash, summary);
            if (key.Kind == ContentKind.Brief)
            {
                Excerpts(ref hash, graph.BriefsBySlug[key.Id]);
            }

            if (summaries.GetValueOrDefault(key) != (summaries[key] = hash.ToHashCode()))
            {
                changed.Summaries.Add(key);
            }

            if (nodes.GetValueOrDefault(key) != (nodes[key] = node))
            {
                changed.Nodes.Add(key);
            }
        }

        return changed;
    }

    /// <summary>
    /// A brief's sentences that name each entity go with its summary: the pages that list it under what it names print
    /// them, so a body edit that changes one must render those pages again.
    /// </summary>
    private static void Excerpts(ref HashCode hash, BriefNode brief)
    {
        foreach (var excerpt in brief.Body.Excerpts)
        {
            hash.Add(excerpt.Key);
            hash.Add(excerpt.Text, StringComparer.Ordinal);
            foreach (var mark in excerpt.Marks)
            {
                hash.Add(mark);
            }
        }
    }

    private static int Of(OrganizationNode organization)
    {
        var hash = Start(organization.Organization, organization.Description);
        hash.Add(organization.Parent?.Key);
        Keys(ref hash, organization.Children.Select(o => o.Key));
        Keys(ref hash, organization.People.Select(p => p.Key));
        Keys(ref hash, organization.Commitments.Select(c => c.Key));
        Keys(ref hash, organization.Briefs.Select(b => b.Key));
        return hash.ToHashCode();
    }

    private static int Of(TopicNode topic)
    {
        var hash = Start(topic.Title, topic.Description);
        Keys(ref hash, topic.Briefs.Select(b => b.Key));
        return hash.ToHashCode();
    }

    private static int Of(CommitmentNode commitment)
    {
        var hash = Start(commitment.Document ?? (object)commitment.Text, commitment.Background);
        hash.Add(commitment.Title);
        hash.Add(commitment.By);
        hash.Add(commitment.To);
        foreach (var entry in commitment.Timeline)
        {
            hash.Add(entry.Brief.Key);
            hash.Add(RuntimeHelpers.GetHashCode(entry.Mention));
        }

        Keys(ref hash, commitment.LinkedFrom.Select(b => b.Key));
        return hash.ToHashCode();
    }

    private static int Of(BriefNode brief)
    {
        var hash = Start(brief.Brief, brief.Body);
        Keys(ref hash, brief.Speakers.Select(p => p.Key));
        Keys(ref hash, brief.People.Select(p => p.Key));
        Keys(ref hash, brief.Organizations.Select(o => o.Key));
        Keys(ref hash, brief.Topics.Select(t => t.Key));
        foreach (var entry in brief.Commitments)
        {
            // Its card shows the status it changed, recorded by another brief, and whether a later one changed it again.
            hash.Add(entry.Commitment.Key);
            hash.Add(entry.Previous is { } previous ? RuntimeHelpers.GetHashCode(previous.Mention) : 0);
            hash.Add(entry.Superseded);
        }

        hash.Add(brief.Commitments.Count);
        Keys(ref hash, brief.Related.Select(b => b.Key));
        Keys(ref hash, brief.LinkedFrom.Select(b => b.Key));
        hash.Add(brief.Previous?.Key);
        hash.Add(brief.Next?.Key);
        return hash.ToHashCode();
    }

    private static int Of(PersonNode person)
    {
        var hash = Start(person.Person, person.Bio);
        hash.Add(person.Organization?.Key);
        foreach (var quote in person.Quotes)
        {
            hash.Add(quote.Brief.Key);
            hash.Add(RuntimeHelpers.GetHashCode(quote.Quote));
        }

        Keys(ref hash, person.Commitments.Select(c => c.Key));
        Keys(ref hash, person.SpokenIn.Select(b => b.Key));
        Keys(ref hash, person.MentionedIn.Select(b => b.Key));
        foreach (var pair in person.Topics)
        {
            hash.Add(pair.Topic.Key);
            Keys(ref hash, pair.Briefs.Select(b => b.Key));
        }

        foreach (var other in person.AppearsWith)
        {
            hash.Add(other.Person.Key);
            hash.Add(other.Count);
        }

        return hash.ToHashCode();
    }

    /// <summary>The keys whose hash differs between two builds, including those only one of them has.</summary>
    public static HashSet<EntityKey> Changed(IReadOnlyDictionary<EntityKey, int> before, IReadOnlyDictionary<EntityKey, int> after)
    {
        var changed = new HashSet<EntityKey>();
        foreach (var (key, hash) in after)
        {
            if (!before.TryGetValue(key, out var old) || old != hash)
            {
                changed.Add(key);
            }
        }

        foreach (var key in before.Keys)
        {
            if (!after.ContainsKey(key))
            {
                changed.Add(key);
            }
        }

        return changed;
    }

    private static HashCode Start(object own, object body)
    {
        var hash = new HashCode();
        hash.Add(own is string text ? text.GetHashCode(StringComparison.Ordinal) : RuntimeHelpers.GetHashCode(own));
        hash.Add(RuntimeHelpers.GetHashCode(body));
        return hash;
    }

    private static void Keys(ref HashCode hash, IEnumerable<EntityKey> keys)
    {
        var count = 0;
        foreach (var key in keys)
        {
            hash.Add(key);
            count++;
        }

        hash.Add(count);
    }

    private static void Add(ref HashCode hash, object? value)
    {
        switch (value)
        {
            case null:
                hash.Add(0);
                break;
            case string text:
                hash.Add(text, StringComparer.Ordinal);
                break;
            case TemplateModel summary:
                foreach (var (name, item) in summary)
                {
                    hash.Add(name, StringComparer.Ordinal);
                    Add(ref hash, item);
                }

                break;
            case ScriptArray array:
                hash.Add(array.Count);
                foreach (var item in array)
                {
                    Add(ref hash, item);
                }

                break;
            case RawHtml raw:
                hash.Add(raw.Html, StringComparer.Ordinal);
                break;
            case RawUtf8Html utf8:
                hash.AddBytes(utf8.Utf8.Span);
                break;
            default:
                hash.Add(value);
                break;
        }
    }
}
