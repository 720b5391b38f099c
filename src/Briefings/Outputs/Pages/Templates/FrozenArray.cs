using System.Collections;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// An array held by a model every page shares, which no template may change. Scriban's own read-only flag is not enough:
/// an assignment to an element (<c>page.brief.topics[0] = …</c>) goes through the non-generic list, which does not check it.
/// </summary>
internal sealed class FrozenArray : ScriptArray, IList
{
    public FrozenArray(IEnumerable<object?> values)
        : base(values)
    {
        IsReadOnly = true;
    }

    bool IList.IsReadOnly => true;

    bool IList.IsFixedSize => true;

    object? IList.this[int index]
    {
        get => this[index];
        set => throw ReadOnly();
    }

    int IList.Add(object? value) => throw ReadOnly();

    void IList.Insert(int index, object? value) => throw ReadOnly();

    void IList.Remove(object? value) => throw ReadOnly();

    void IList.RemoveAt(int index) => throw ReadOnly();

    void IList.Clear() => throw ReadOnly();

    bool IList.Contains(object? value) => Contains(value);

    int IList.IndexOf(object? value) => IndexOf(value);

    // Scriban's own words for a read-only object, so a template's author sees one message for either.
    private static InvalidOperationException ReadOnly() => new("The object is readonly");
}
