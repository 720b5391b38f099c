namespace Briefings.Content;

public enum UpdateKind
{
    Correction,
    Update,
    Clarification,
    Retraction,
}

/// <summary>One dated change to a published brief, as a newsroom records it under the story.</summary>
public sealed record BriefUpdate(DateOnly Date, UpdateKind Kind, string Text);

public static class UpdateKinds
{
    public static IReadOnlyList<string> Slugs { get; } = ["correction", "update", "clarification", "retraction"];

    public static string Slug(this UpdateKind kind) => Slugs[(int)kind];

    public static string Label(this UpdateKind kind) => kind switch
    {
        UpdateKind.Correction => "Correction",
        UpdateKind.Update => "Update",
        UpdateKind.Clarification => "Clarification",
        _ => "Retraction",
    };

    public static UpdateKind? Parse(string text)
    {
        var index = Slugs.ToList().IndexOf(text.Trim().ToLowerInvariant());
        return index < 0 ? null : (UpdateKind)index;
    }

    /// <summary>
    /// The fragment that names the update at <paramref name="index"/> on its brief's page: its date, and its place among
    /// the updates of that day when there are several, so an update added on a later day never renames an earlier one.
    /// </summary>
    public static string Anchor(IReadOnlyList<BriefUpdate> updates, int index)
    {
        var date = updates[index].Date;
        var day = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var sameDay = 0;
        for (var i = 0; i < index; i++)
        {
            sameDay += updates[i].Date == date ? 1 : 0;
        }

        return sameDay == 0 ? $"update-{day}" : $"update-{day}-{sameDay + 1}";
    }

    /// <summary>Whether it belongs on the corrections page: what was wrong, not what was added.</summary>
    public static bool IsCorrective(this UpdateKind kind) => kind is UpdateKind.Correction or UpdateKind.Retraction;
}
