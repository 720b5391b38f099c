using System.Text;
using Briefings.Writing;

namespace Briefings.Outputs.Data;

/// <summary>
/// One CSV file as a spreadsheet opens it safely: RFC 4180 (a header row, CRLF line ends, a field with a comma, a quote
/// or a line break in double quotes with its quotes doubled), UTF-8 with a byte-order mark (without it, Excel reads
/// UTF-8 as the machine's legacy code page), and no cell a spreadsheet would run as a formula.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    /// <summary>
    /// The file as UTF-8, from its byte-order mark on, each field encoded as it comes into the file as it is written:
    /// made as text first, a data file of megabytes took its size twice over in characters before it was encoded.
    /// </summary>
    private readonly OutputFile _bytes;
    private readonly string _path;
    private readonly int _columns;
    private int _field;

    /// <summary>A table written to <paramref name="path"/> as its rows come; <see cref="Complete"/> ends it.</summary>
    public CsvTable(IOutputWriter writer, string path, params string[] header)
    {
        _bytes = writer.Open(path);
        _path = path;
        _columns = header.Length;
        Append("\uFEFF");
        foreach (var name in header)
        {
            Field(name);
        }
    }

    /// <summary>The next field of the row; a row ends by itself after as many fields as the header has.</summary>
    public CsvTable Field(string? value)
    {
        if (_field > 0)
        {
            Append(",");
        }

        var text = (value ?? "").AsSpan();
        var defuse = NeedsDefusing(text);
        if (text.IndexOfAny(",\"\r\n") >= 0)
        {
            Append("\"");
            if (defuse)
            {
                Append("'");
            }

            for (int quote; (quote = text.IndexOf('"')) >= 0; text = text[(quote + 1)..])
            {
                Append(text[..(quote + 1)]);
                Append("\"");
            }

            Append(text);
            Append("\"");
        }
        else
        {
            if (defuse)
            {
                Append("'");
            }

            Append(text);
        }

        if (++_field == _columns)
        {
            Append("\r\n");
            _field = 0;
        }

        return this;
    }

    public CsvTable Field(int value) => Field(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A number exactly as the JSON writes it: invariant, no thousands separator, no exponent.</summary>
    public CsvTable Field(decimal? value) => Field(value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public CsvTable Field(DateOnly? value) => Field(value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// A cell that starts with =, +, - or @ (or a tab or carriage return, which some spreadsheets skip before reading
    /// one of those) is a formula to a spreadsheet, which would run what a brief's author, or anyone whose words a brief
    /// quotes, wrote there. A leading apostrophe makes it text, as OWASP advises; the apostrophe shows in the cell.
    /// </summary>
    private static bool NeedsDefusing(ReadOnlySpan<char> value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>Encodes <paramref name="text"/> on its own: a field never splits a surrogate pair, so each lone one is a U+FFFD as in the text as a whole.</summary>
    private void Append(ReadOnlySpan<char> text)
    {
        var written = Encoding.UTF8.GetBytes(text, _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _bytes.Advance(written);
    }

    public void Complete()
    {
        if (_field != 0)
        {
            throw new InvalidOperationException($"{_path}: a row was left with {_field} of {_columns} fields");
        }

        _bytes.Complete();
    }

    public void Dispose() => _bytes.Dispose();
}
