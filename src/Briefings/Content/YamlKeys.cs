using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Briefings.Content;

/// <summary>
/// When two mapping keys are the same key, and how a duplicate is named, exactly as YamlDotNet's
/// representation model decides it, so a duplicate key is refused where and as it always was:
/// text keys are equal by tag and text, lists by tag and items, and a mapping only to itself
/// (YamlDotNet hashes a mapping by identity).
/// </summary>
internal sealed class YamlKeys : IEqualityComparer<YamlTreeNode>
{
    public static readonly YamlKeys Comparer = new();

    /// <summary>YamlDotNet stops describing a node this deep and says so instead.</summary>
    private const int MaxTextDepth = 1000;

    public bool Equals(YamlTreeNode? x, YamlTreeNode? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        switch (x, y)
        {
            case (YamlTreeScalar a, YamlTreeScalar b):
                return a.Tag == b.Tag && a.Value == b.Value;
            case (YamlTreeSequence a, YamlTreeSequence b):
                if (a.Tag != b.Tag || a.Items.Length != b.Items.Length)
                {
                    return false;
                }

                for (var i = 0; i < a.Items.Length; i++)
                {
                    if (!Equals(a.Items[i], b.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    public int GetHashCode(YamlTreeNode node)
    {
        switch (node)
        {
            case YamlTreeScalar scalar:
                return HashCode.Combine(scalar.Tag, scalar.Value);
            case YamlTreeSequence sequence:
                var hash = new HashCode();
                hash.Add(sequence.Tag);
                foreach (var item in sequence.Items)
                {
                    hash.Add(GetHashCode(item));
                }

                return hash.ToHashCode();
            default:
                return RuntimeHelpers.GetHashCode(node);
        }
    }

    /// <summary>The key as YamlDotNet writes it in its "Duplicate key" message.</summary>
    public static string Text(YamlTreeNode key)
    {
        var depth = 0;
        return Text(key, ref depth);
    }

    private static string Text(YamlTreeNode node, ref int depth)
    {
        switch (node)
        {
            case YamlTreeScalar scalar:
                return scalar.Value;
            case YamlTreeSequence sequence:
                if (depth >= MaxTextDepth)
                {
                    return "WARNING! INFINITE RECURSION!";
                }

                depth++;
                var text = new StringBuilder("[ ");
                foreach (var item in sequence.Items)
                {
                    // YamlDotNet's own test for "not the first item", so an empty first item gets no comma.
                    if (text.Length > 2)
                    {
                        text.Append(", ");
                    }

                    text.Append(Text(item, ref depth));
                }

                depth--;
                return text.Append(" ]").ToString();
            default:
                // Keys that compare equal hold only text and lists: a mapping equals only itself, which takes an alias.
                throw new UnreachableException($"a duplicate key holding a {node.GetType().Name}");
        }
    }
}
