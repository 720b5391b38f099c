using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefings.Content;

/// <summary>
/// Reads a front-matter date, and when it does not read, says why in the author's terms: a month or day out
/// of range is named as such, since "write it as yyyy-mm-dd" misleads an author who did.
/// </summary>
public static partial class IsoDates
{
    /// <summary>The date, or null with <paramref name="problem"/> saying what is wrong (after "'key' ").</summary>
    public static DateOnly? Parse(string text, out string? problem)
    {
        problem = null;
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) &&
            trimmed.Length >= 10 && trimmed[4] == '-' && trimmed[7] == '-')
        {
            return DateOnly.FromDateTime(moment.UtcDateTime);
        }

        problem = Explain(trimmed);
        return null;
    }

    private static string Explain(string text)
    {
        var general = $"is not an ISO date: '{YamlFields.Shorten(text)}'; write it as yyyy-mm-dd, e.g. 2025-12-15";
        var parts = DateParts().Match(text);
        if (!parts.Success)
        {
            return general;
        }

        var (year, month, day) = (Number(parts.Groups[1]), Number(parts.Groups[2]), Number(parts.Groups[3]));
        if (year == 0)
        {
            return $"{parts.Value} has year 0000, which is out of range; years run from 0001";
        }

        if (month is < 1 or > 12)
        {
            return $"{parts.Value} has month {parts.Groups[2].Value}, which is out of range; months run from 01 to 12";
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            return $"{parts.Value} has day {parts.Groups[3].Value}, which is out of range; {monthName} {year} has {days} days";
        }

        // A real date with a time after it that does not read: only the general rule helps.
        if (parts.Length < text.Length)
        {
            return general;
        }

        // A real date written short ("2025-1-5"): the fix is that date in full.
        return $"{parts.Value} is not written as yyyy-mm-dd; write it as {new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    private static int Number(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A leading year-month-day of ASCII digits, whole or followed by a time ("T10:00", " 10:00").</summary>
    [GeneratedRegex("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?=$|[Tt ])", RegexOptions.CultureInvariant)]
    private static partial Regex DateParts();
}
