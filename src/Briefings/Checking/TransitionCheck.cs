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
            Check(group.Key, [.. group], diagnostics);
        }
    }

    /// <summary>One commitment's entries in timeline order: serve's update of one brief checks again those it records.</summary>
    public static void Check(string id, IReadOnlyList<(Brief Brief, CommitmentMention Mention)> timeline, DiagnosticBag diagnostics)
    {
        if (timeline.Count < 2)
        {
            return;
        }

        var transitions = StatusTransitions.Of([.. timeline.Select(x => x.Mention)]);
        for (var i = 1; i < timeline.Count; i++)
        {
            Warn(diagnostics, id, timeline[i - 1], timeline[i], transitions[i]);
        }
    }

    private static void Warn(DiagnosticBag diagnostics, string id, (Brief Brief, CommitmentMention Mention) before, (Brief Brief, CommitmentMention Mention) after, QuestionedTransition transition)
    {
        var (previous, mention) = (before.Mention, after.Mention);
        if (transition == QuestionedTransition.None || !string.IsNullOrWhiteSpace(mention.Note))
        {
            return;
        }

        diagnostics.Warning(Codes.QuestionableTransition, after.Brief.File, mention.StatusAt,
            $"'{id}' goes from {previous.Status.Slug()} ({before.Brief.File}, line {previous.StatusAt.Line}) to {mention.Status.Slug()} here (line {mention.StatusAt.Line}) " +
            $"with no note: {Why(transition)}; add a 'note:' to this entry that says why, or correct the status of one of the two");
    }

    private static string Why(QuestionedTransition transition) => transition switch
    {
        QuestionedTransition.AfterDelivery => "a delivered commitment that changes again was reversed, or recorded as delivered by mistake",
        QuestionedTransition.AfterBroken => "a broken commitment taken up again is worth telling readers about",
        QuestionedTransition.SameAmountAgain => "the same amount pledged again after a withdrawal may be a re-announcement of what was counted before",
        _ => "progress was recorded before the commitment was pledged",
    };
}
