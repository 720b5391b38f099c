using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Briefings.Tests;

/// <summary>
/// The library is a one-way stack, read from the bottom up in build order. A type may use types of its own
/// layer and of the layers below it, never above; the outputs that read the finished graph sit side by side
/// and use none of each other. The layers are read from the compiled assembly's type references (fields,
/// signatures and method bodies alike), so a dependency cannot hide in a method body.
/// </summary>
public sealed class LayerTests
{
    /// <summary>Bottom first. A namespace belongs to the longest prefix that names it; a row of several prefixes is one layer of siblings.</summary>
    public static readonly string[][] Stack =
    [
        ["Briefings.Diagnostics"],
        ["Briefings.Writing"],
        ["Briefings.Content"],
        ["Briefings.Checking"],
        ["Briefings.Images"],
        ["Briefings.Markdown"],
        ["Briefings.Graph"],
        ["Briefings.Linting"],
        ["Briefings.Outputs.Pages.Templates"],
        ["Briefings.Outputs.Pages.Models"],
        ["Briefings.Outputs.Pages", "Briefings.Outputs.Feeds", "Briefings.Outputs.Data", "Briefings.Outputs.Search", "Briefings.Outputs.Static", "Briefings.Outputs.Images"],
        ["Briefings"],
        ["Briefings.Incremental"],
    ];

    private static readonly Lazy<Architecture> Library = new(() => new ArchLoader().LoadAssemblies(typeof(SiteBuilder).Assembly).Build());

    [Fact]
    public void No_type_uses_a_layer_above_its_own_or_a_sibling_output()
    {
        var wrong = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Library.Value.Types.Where(t => t.Namespace.FullName.StartsWith("Briefings", StringComparison.Ordinal)))
        {
            var (layer, component) = Place(type.Namespace.FullName);
            foreach (var target in type.Dependencies.Select(d => d.Target).Where(t => t.Namespace.FullName.StartsWith("Briefings", StringComparison.Ordinal)))
            {
                var (targetLayer, targetComponent) = Place(target.Namespace.FullName);
                if (targetLayer > layer || (targetLayer == layer && targetComponent != component))
                {
                    wrong.Add($"{Name(type)} ({component}) uses {Name(target)} ({targetComponent})");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} dependencies run against the stack:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Every_namespace_of_the_library_has_its_place_in_the_stack()
    {
        var namespaces = Library.Value.Namespaces.Select(n => n.FullName).Where(n => n.StartsWith("Briefings", StringComparison.Ordinal)).ToList();

        Assert.All(namespaces, n => Assert.True(Place(n).Layer >= 0, $"{n} is in no layer"));
        // Each layer is a real folder of code: a prefix that names nothing is a stale entry.
        Assert.All(Stack.SelectMany(row => row), prefix => Assert.Contains(namespaces, n => Place(n).Component == prefix));
    }

    private static (int Layer, string Component) Place(string ns)
    {
        var best = (Layer: -1, Component: "");
        for (var layer = 0; layer < Stack.Length; layer++)
        {
            foreach (var prefix in Stack[layer])
            {
                if ((ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal)) && prefix.Length > best.Component.Length)
                {
                    best = (layer, prefix);
                }
            }
        }

        return best;
    }

    private static string Name(IType type) => type.FullName.Split('`')[0];
}
