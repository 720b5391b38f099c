using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>A commitment is defined by its first mention (by date, then brief slug), which must carry its text.</summary>
internal static class CommitmentCheck
{
    public static void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        // A brief that could not be read may hold any commitment's first mention, or its only one: until its own
        // error is fixed, which mention comes first, and whether one is missing, is not known.
        if (content.UnreadableBriefs.Count > 0)
        {
            return;
        }

        // Which mention comes first is not known while a brief mentioning the commitment has no date (an error
        // of its own), so its order-dependent checks wait for the date rather than judge by a stand-in.
        var undated = content.Briefs
            .Where(b => !b.HasDate)
            .SelectMany(b => b.Commitments.Select(m => m.Id.Id))
            .ToHashSet(StringComparer.Ordinal);
        var mentions = DatedMentions.Of(content);

        var mentioned = new HashSet<string>(undated, StringComparer.Ordinal);
        foreach (var group in mentions)
        {
            mentioned.Add(group.Key);
            if (undated.Contains(group.Key))
            {
                continue;
            }

            var (brief, first) = group.First();
            if (string.IsNullOrWhiteSpace(first.Text))
            {
                var later = group.FirstOrDefault(x => !string.IsNullOrWhiteSpace(x.Mention.Text)).Brief;
                diagnostics.Error(Codes.CommitmentWithoutText, brief.File, first.Id.At,
                    $"commitment '{group.Key}' first appears here without 'text'; add the text of the commitment to this entry" +
                    (later is null ? "" : $" (it is given later, in {later.File})"));
            }

            foreach (var (laterBrief, mention) in group.Skip(1))
            {
                if (mention.By.Id != first.By.Id)
                {
                    diagnostics.Warning(Codes.CommitmentConflict, laterBrief.File, mention.By.At,
                        $"commitment '{group.Key}' was made by '{first.By.Id}' in {brief.File}, but this entry says '{mention.By.Id}'; a commitment keeps one maker, so use a new id for a new commitment");
                }
            }
        }

        foreach (var document in content.Commitments)
        {
            if (!mentioned.Contains(document.Id))
            {
                diagnostics.Warning(Codes.CommitmentUnused, document.File, TextPosition.File,
                    $"commitment '{document.Id}' is never mentioned in a brief, so it has no status; add it to a brief's 'commitments:' or remove this file");
            }
        }
    }
}
