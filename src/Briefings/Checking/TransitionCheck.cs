using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Checking;

/// <summary>
/// A status change a reader should question (<see cref="StatusTransitions"/>) is a warning unless its entry has a
/// <c>note:</c> that explains it; the warning names both entries, since either may be the one that is wrong.
/// </summary>
internal static class TransitionCheck
{
    public static void Run(LoadedContent content, DiagnosticBag diagnostics)
    {
        foreach (var group in DatedMentions.Of(content))
        {
            var timeline = group.ToList();
            if (timeline.Count < 2)
            {
                continue;
            }

            var transitions = StatusTransitions.Of([.. timeline.Select(x => x.Mention)]);
            for (var i = 1; i < timeline.Count; i++)
            {
                var (brief, mention) = timeline[i];
                if (transitions[i] == QuestionedTransition.None || !string.IsNullOrWhiteSpace(mention.Note))
                {
                    continue;
                }

                var (before, previous) = timeline[i - 1];
                diagnostics.Warning(Codes.QuestionableTransition, brief.File, mention.StatusAt,
                    $"'{group.Key}' goes from {previous.Status.Slug()} ({before.File}, line {previous.StatusAt.Line}) to {mention.Status.Slug()} here (line {mention.StatusAt.Line}) " +
                    $"with no note: {Why(transitions[i])}; add a 'note:' to this entry that says why, or correct the status of one of the two");
            }
        }
    }

    private static string Why(QuestionedTransition transition) => transition switch
    {
        QuestionedTransition.AfterDelivery => "a delivered commitment that changes again was reversed, or recorded as delivered by mistake",
        QuestionedTransition.AfterBroken => "a broken commitment taken up again is worth telling readers about",
        QuestionedTransition.SameAmountAgain => "the same amount pledged again after a withdrawal may be a re-announcement of what was counted before",
        _ => "progress was recorded before the commitment was pledged",
    };
}
