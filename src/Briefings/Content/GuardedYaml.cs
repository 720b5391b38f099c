namespace Briefings.Content;

/// <summary>
/// YAML that <see cref="YamlGuard"/> has read whole and found within its limits: the tree builders take
/// only this, so no text reaches them without the guard.
/// </summary>
public sealed class GuardedYaml
{
    internal GuardedYaml(ReadOnlyMemory<char> text) => Text = text;

    internal ReadOnlyMemory<char> Text { get; }
}
