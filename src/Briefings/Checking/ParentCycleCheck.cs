using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>An organization cannot be its own ancestor: the page of each would list the other forever.</summary>
internal static class ParentCycleCheck
{
    public static void Run(EntityIndex index, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var organization in index.Organizations.Values.OrderBy(o => o.Id, StringComparer.Ordinal))
        {
            var path = new List<string> { organization.Id };
            var current = organization;
            while (current.Parent is { } parent && index.Organizations.TryGetValue(parent.Id, out var next))
            {
                if (next.Id == organization.Id)
                {
                    if (path.All(reported.Add))
                    {
                        diagnostics.Error(Codes.ParentCycle, organization.File, organization.Parent!.Value.At,
                            $"organization parents form a cycle: {string.Join(" → ", path)} → {organization.Id}; remove one 'parent:'");
                    }

                    break;
                }

                if (path.Contains(next.Id) || path.Count > index.Organizations.Count)
                {
                    break;
                }

                path.Add(next.Id);
                current = next;
            }
        }
    }
}
