using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// The scope <c>include</c> pushes for a partial: it holds the partial's argument as <c>item</c>, above the caller's loop
/// variables, and nothing else. What the partial assigns goes where Scriban's own include puts it, to the page's variables,
/// which the page and the partials after it see and which go away with the page.
/// </summary>
internal sealed class IncludeScope(object? item, IScriptObject page) : IScriptObject
{
    private const string Item = "item";

    private object? _item = item;

    public int Count => 1;

    public bool IsReadOnly
    {
        get => false;
        set => throw new InvalidOperationException("An include's scope cannot be made read-only.");
    }

    public IEnumerable<string> GetMembers() => [Item];

    public bool Contains(string member) => member == Item;

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        value = member == Item ? _item : null;
        return member == Item;
    }

    public bool CanWrite(string member) => member == Item || page.CanWrite(member);

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (member != Item)
        {
            return page.TrySetValue(context, span, member, value, readOnly);
        }

        _item = value;
        return true;
    }

    public bool Remove(string member) => member != Item && page.Remove(member);

    public void SetReadOnly(string member, bool readOnly)
    {
        if (member != Item)
        {
            page.SetReadOnly(member, readOnly);
        }
    }

    public IScriptObject Clone(bool deep) => new IncludeScope(_item, page);
}
