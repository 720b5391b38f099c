using System.Text;
using Briefings.Writing;

namespace Briefings.Outputs.Data;

/// <summary>
/// One CSV file as a spreadsheet opens it safely: RFC 4180 (a header row, CRLF line ends, a field with a comma, a quote
/// or a line break in double quotes with its quotes doubled), UTF-8 with a byte-order mark (without it, Excel reads
/// UTF-8 as the machine's legacy code page), and no cell a spreadsheet would run as a formula.
/// </summary>
internal sealed class CsvTable
{
    /// <summary>
    /// The file's text, from its byte-order mark (U+FEFF, which UTF-8 writes as the mark's three bytes) on. Encoded chunk
    /// by chunk into a pooled buffer: made into one string and one array, a data file of megabytes took three blocks of
    /// the large-object heap, which the collector frees only in full collections.
    /// </summary>
    private readonly StringBuilder _text = new("\uFEFF");
    private readonly int _columns;
    private int _field;

    public CsvTable(params string[] header)
    {
        _columns = header.Length;
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
            _text.Append(',');
        }

        var text = Defused(value ?? "");
        if (text.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _text.Append('"').Append(text.Replace("\"", "\"\"")).Append('"');
        }
        else
        {
            _text.Append(text);
        }

        if (++_field == _columns)
        {
            _text.Append("\r\n");
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
    internal static string Defused(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    public void WriteTo(IOutputWriter writer, string path)
    {
        if (_field != 0)
        {
            throw new InvalidOperationException($"{path}: a row was left with {_field} of {_columns} fields");
        }

        var (buffer, length) = OutputBuffers.Encode(_text);
        writer.WritePooled(path, buffer, length);
    }
}
