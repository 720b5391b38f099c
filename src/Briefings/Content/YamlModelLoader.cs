using YamlDotNet.RepresentationModel;

namespace Briefings.Content;

/// <summary>
/// Loads YAML the hand-written reader declined with YamlDotNet's representation model, which resolves
/// aliases and refuses repeated keys, and copies the result into the node tree. <see cref="YamlGuard"/>
/// has already read the same events whole and refused what could exhaust the model.
/// </summary>
internal static class YamlModelLoader
{
    /// <exception cref="YamlDotNet.Core.YamlException">The YAML is malformed, repeats a key or names no anchor.</exception>
    public static YamlDocuments Load(GuardedYaml yaml)
    {
        var stream = new YamlStream();
        stream.Load(new MemoryTextReader(yaml.Text));
        var documents = stream.Documents;
        var copies = new Dictionary<YamlNode, YamlTreeNode>(ReferenceEqualityComparer.Instance);
        return new YamlDocuments(
            documents.Count,
            documents.Count > 0 ? Copy(documents[0].RootNode, copies) : null,
            documents.Count > 1 ? Copy(documents[1].RootNode, copies) : null);
    }

    /// <summary>Copies a node graph once per node, sharing what aliases share; a work list, not recursion, since chains of aliases can be long.</summary>
    private static YamlTreeNode Copy(YamlNode root, Dictionary<YamlNode, YamlTreeNode> copies)
    {
        var toFill = new Stack<YamlNode>();
        var copy = Shell(root, copies, toFill);
        while (toFill.TryPop(out var node))
        {
            switch (node, copies[node])
            {
                case (YamlSequenceNode sequence, YamlTreeSequence target):
                    var items = new YamlTreeNode[sequence.Children.Count];
                    for (var i = 0; i < items.Length; i++)
                    {
                        items[i] = Shell(sequence.Children[i], copies, toFill);
                    }

                    target.ItemArray = items;
                    break;
                case (YamlMappingNode mapping, YamlTreeMapping target):
                    var entries = new List<KeyValuePair<YamlTreeNode, YamlTreeNode>>(mapping.Children.Count);
                    foreach (var (key, value) in mapping.Children)
                    {
                        entries.Add(new(Shell(key, copies, toFill), Shell(value, copies, toFill)));
                    }

                    target.EntryArray = [.. entries];
                    break;
            }
        }

        return copy;
    }

    private static YamlTreeNode Shell(YamlNode node, Dictionary<YamlNode, YamlTreeNode> copies, Stack<YamlNode> toFill)
    {
        if (copies.TryGetValue(node, out var existing))
        {
            return existing;
        }

        YamlTreeNode shell = node switch
        {
            YamlScalarNode scalar => new YamlTreeScalar(scalar.Start, scalar.Tag, scalar.Value ?? "", scalar.Style),
            YamlSequenceNode => new YamlTreeSequence(node.Start, node.Tag),
            YamlMappingNode => new YamlTreeMapping(node.Start, node.Tag),
            _ => new YamlTreeAlias(),
        };
        copies.Add(node, shell);
        if (node is YamlSequenceNode or YamlMappingNode)
        {
            toFill.Push(node);
        }

        return shell;
    }
}
