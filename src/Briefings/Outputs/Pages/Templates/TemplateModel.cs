using System.Collections;
using System.Text;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Outputs.Pages.Templates;

/// <summary>
/// An object templates read fields from, such as a page or an entity's summary: its fields in the order they were
/// set, each with its name's hash. A page reads a few hundred fields from models of a handful to thirty fields each,
/// and Scriban's <see cref="ScriptObject"/> kept them in a dictionary: making and filling one, and hashing the name
/// on every read, was 5 % of a 10,000-brief build's CPU. Here a read compares the hash the compiled template worked
/// out once with each field's in turn, and a model is one array instead of a dictionary and its two tables.
/// </summary>
/// <remarks>
/// It is also a dictionary and formats itself as <see cref="ScriptObject"/> does, so that Scriban's functions
/// (<c>object.has_key</c>, <c>object.values</c>…) and <c>{{ page }}</c> in a site's own templates behave as before.
/// </remarks>
public sealed class TemplateModel : IScriptObject, IDictionary<string, object?>, IDictionary, IFormattable
{
    private Field[] _fields;
    private int _count;

    /// <summary>What reusable partials rendered from this model, once it is read-only (<see cref="RenderedFragments"/>).</summary>
    internal RenderedFragments? Fragments;

    public TemplateModel()
        : this(4)
    {
    }

    public TemplateModel(int capacity) => _fields = capacity > 0 ? new Field[capacity] : [];

    public int Count => _count;

    /// <summary>Read-only, as the summaries every page shares are: a template that assigns to a field fails.</summary>
    public bool IsReadOnly { get; set; }

    /// <summary>
    /// Makes the model read-only, with the models and arrays it holds: for a model that every page shares, which no page
    /// may change for the others.
    /// </summary>
    public void Freeze()
    {
        IsReadOnly = true;
        for (var i = 0; i < _count; i++)
        {
            _fields[i].Value = Frozen(_fields[i].Value);
        }
    }

    private static object? Frozen(object? value)
    {
        switch (value)
        {
            case TemplateModel { IsReadOnly: false } model:
                model.Freeze();
                return model;
            case ScriptArray array and not FrozenArray:
                return new FrozenArray(array.Select(Frozen));
            default:
                return value;
        }
    }

    /// <summary>A field's value, or null where there is no such field. Setting adds the field or replaces its value.</summary>
    public object? this[string name]
    {
        get => IndexOf(name, Hash(name)) is var i and >= 0 ? _fields[i].Value : null;
        set
        {
            if (IsReadOnly)
            {
                throw new InvalidOperationException($"The model is read-only: cannot set '{name}'.");
            }

            Set(name, value);
        }
    }

    /// <summary>
    /// The hash <see cref="TryGet"/> takes for <paramref name="name"/>: made from the length and three characters, as
    /// it only has to tell apart the few dozen names of one model, and a name that matches is compared in full anyway.
    /// </summary>
    public static int Hash(string name) =>
        name.Length == 0 ? 0 : name.Length ^ (name[0] << 8) ^ (name[^1] << 16) ^ (name[name.Length / 2] << 24);

    /// <summary>The field's value, by its name and <see cref="Hash"/> of it.</summary>
    public bool TryGet(string name, int hash, out object? value)
    {
        var i = IndexOf(name, hash);
        value = i >= 0 ? _fields[i].Value : null;
        return i >= 0;
    }

    /// <summary>The model's own instance of a field's name, equal to <paramref name="name"/>; null where there is no such field.</summary>
    public string? NameOf(string name, int hash) => IndexOf(name, hash) is var i and >= 0 ? _fields[i].Name : null;

    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value) =>
        TryGet(member, Hash(member), out value);

    public bool Contains(string member) => IndexOf(member, Hash(member)) >= 0;

    public IEnumerable<string> GetMembers()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return _fields[i].Name;
        }
    }

    public bool CanWrite(string member) => !IsReadOnly && (IndexOf(member, Hash(member)) is var i && (i < 0 || !_fields[i].ReadOnly));

    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        if (!CanWrite(member))
        {
            return false;
        }

        Set(member, value).ReadOnly = readOnly;
        return true;
    }

    public bool Remove(string member)
    {
        var i = IndexOf(member, Hash(member));
        if (IsReadOnly || i < 0)
        {
            return false;
        }

        Array.Copy(_fields, i + 1, _fields, i, _count - i - 1);
        _fields[--_count] = default;
        return true;
    }

    public void SetReadOnly(string member, bool readOnly)
    {
        if (IndexOf(member, Hash(member)) is var i and >= 0)
        {
            _fields[i].ReadOnly = readOnly;
        }
    }

    /// <summary>A writable copy; a deep one copies the models and arrays it holds too, as <see cref="ScriptObject.Clone"/> does.</summary>
    public IScriptObject Clone(bool deep)
    {
        var copy = new TemplateModel(_count);
        for (var i = 0; i < _count; i++)
        {
            var value = _fields[i].Value;
            copy.Set(_fields[i].Name, deep && value is IScriptObject inner ? inner.Clone(true) : value).ReadOnly = _fields[i].ReadOnly;
        }

        return copy;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++)
        {
            yield return new KeyValuePair<string, object?>(_fields[i].Name, _fields[i].Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public ICollection<string> Keys => GetMembers().ToList();

    public ICollection<object?> Values => this.Select(pair => pair.Value).ToList();

    public bool ContainsKey(string key) => Contains(key);

    public bool TryGetValue(string key, out object? value) => TryGet(key, Hash(key), out value);

    public void Add(string key, object? value)
    {
        if (Contains(key))
        {
            throw new ArgumentException($"The model already has a field '{key}'.", nameof(key));
        }

        this[key] = value;
    }

    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    public bool Remove(KeyValuePair<string, object?> item) => Contains(item) && Remove(item.Key);

    public void Clear()
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException("The model is read-only.");
        }

        Array.Clear(_fields, 0, _count);
        _count = 0;
    }

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var field in this)
        {
            array[arrayIndex++] = field;
        }
    }

    ICollection IDictionary.Keys => GetMembers().ToList();

    ICollection IDictionary.Values => this.Select(pair => pair.Value).ToList();

    bool IDictionary.IsFixedSize => false;

    bool ICollection.IsSynchronized => false;

    object ICollection.SyncRoot => this;

    object? IDictionary.this[object key]
    {
        get => this[KeyOf(key)];
        set => this[KeyOf(key)] = value;
    }

    void IDictionary.Add(object key, object? value) => Add(KeyOf(key), value);

    bool IDictionary.Contains(object key) => Contains(KeyOf(key));

    void IDictionary.Remove(object key) => Remove(KeyOf(key));

    IDictionaryEnumerator IDictionary.GetEnumerator() => this.ToDictionary(pair => pair.Key, pair => pair.Value).GetEnumerator();

    void ICollection.CopyTo(Array array, int index)
    {
        foreach (var pair in this)
        {
            array.SetValue(pair, index++);
        }
    }

    private static string KeyOf(object key) => key as string ?? key.ToString() ?? "";

    /// <summary>As <see cref="ScriptObject"/> prints itself: <c>{title: "…", url: "…"}</c>, values as the template context prints them nested.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var context = formatProvider as TemplateContext;
        var text = new StringBuilder("{");
        for (var i = 0; i < _count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            var name = _fields[i].Name;
            text.Append(IsSimpleName(name) ? name : context?.ObjectToString(name, true) ?? $"\"{StringFunctions.Escape(name)}\"");
            text.Append(": ");
            var value = _fields[i].Value;
            text.Append(context is not null ? context.ObjectToString(value!, true) : value is IFormattable formattable ? formattable.ToString(null, formatProvider) : value);
        }

        return text.Append('}').ToString();
    }

    public override string ToString() => ToString(null, null);

    private static bool IsSimpleName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.AsSpan(1).IndexOfAnyExcept(SimpleNameCharacters) < 0;

    private static readonly System.Buffers.SearchValues<char> SimpleNameCharacters =
        System.Buffers.SearchValues.Create("_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private int IndexOf(string name, int hash)
    {
        var fields = _fields;
        for (var i = 0; i < _count; i++)
        {
            if (fields[i].Hash == hash && string.Equals(fields[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private ref Field Set(string name, object? value)
    {
        var hash = Hash(name);
        var i = IndexOf(name, hash);
        if (i < 0)
        {
            if (_count == _fields.Length)
            {
                Array.Resize(ref _fields, Math.Max(4, _count * 2));
            }

            i = _count++;
            _fields[i].Name = name;
            _fields[i].Hash = hash;
        }

        _fields[i].Value = value;
        return ref _fields[i];
    }

    private struct Field
    {
        public int Hash;
        public bool ReadOnly;
        public string Name;
        public object? Value;
    }
}
