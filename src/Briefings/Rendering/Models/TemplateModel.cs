using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Rendering.Models;

/// <summary>
/// An object templates read fields from, such as a page or an entity's summary: its fields in the order they were
/// set, each with its name's hash. A page reads a few hundred fields from models of a handful to thirty fields each,
/// and Scriban's <see cref="ScriptObject"/> kept them in a dictionary: making and filling one, and hashing the name
/// on every read, was 5 % of a 10,000-brief build's CPU. Here a read compares the hash the compiled template worked
/// out once with each field's in turn, and a model is one array instead of a dictionary and its two tables.
/// </summary>
public sealed class TemplateModel : IScriptObject, IEnumerable<KeyValuePair<string, object?>>
{
    private Field[] _fields;
    private int _count;

    public TemplateModel()
        : this(4)
    {
    }

    public TemplateModel(int capacity) => _fields = capacity > 0 ? new Field[capacity] : [];

    public int Count => _count;

    /// <summary>Read-only, as the summaries every page shares are: a template that assigns to a field fails.</summary>
    public bool IsReadOnly { get; set; }

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
