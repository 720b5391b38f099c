namespace Briefings.Content;

/// <summary>
/// A change of status a reader should question unless the entry says why (docs: "Transitions to question"): the
/// trackers journalists use keep such changes, with their reason, rather than overwrite the earlier rating.
/// </summary>
public enum QuestionedTransition
{
    None,

    /// <summary>Delivered, then anything else: a reversal (a court blocked it) or a correction of the record.</summary>
    AfterDelivery,

    /// <summary>Broken, then open again or delivered: allowed, as PolitiFact moved promises from Broken back to In the Works.</summary>
    AfterBroken,

    /// <summary>Withdrawn, then pledged again for the same amount: a re-announcement of what was already counted?</summary>
    SameAmountAgain,

    /// <summary>In progress, then proposed, offered or pledged: work recorded before the commitment's pledge.</summary>
    ProgressBeforePledge,
}

public static class StatusTransitions
{
    /// <summary>What each entry's change from the one before it is, in timeline order; the first is never questioned.</summary>
    public static QuestionedTransition[] Of(IReadOnlyList<CommitmentMention> timeline)
    {
        var result = new QuestionedTransition[timeline.Count];
        IReadOnlyList<Quantity> pledged = [];
        for (var i = 0; i < timeline.Count; i++)
        {
            var current = timeline[i];
            if (i > 0)
            {
                result[i] = Classify(timeline[i - 1].Status, current, pledged);
            }

            if (AmountLedger.CountsAsPledge(current.Status) && current.Amount.Count > 0)
            {
                pledged = current.Amount;
            }
        }

        return result;
    }

    public static string Slug(this QuestionedTransition transition) => transition switch
    {
        QuestionedTransition.AfterDelivery => "after-delivery",
        QuestionedTransition.AfterBroken => "after-broken",
        QuestionedTransition.SameAmountAgain => "same-amount-again",
        QuestionedTransition.ProgressBeforePledge => "progress-before-pledge",
        _ => "none",
    };

    /// <summary>Whether the change takes a closed commitment (delivered, broken, withdrawn) up again: what pages call "reopened".</summary>
    public static bool Reopens(this QuestionedTransition transition) =>
        transition is QuestionedTransition.AfterDelivery or QuestionedTransition.AfterBroken or QuestionedTransition.SameAmountAgain;

    private static QuestionedTransition Classify(CommitmentStatus previous, CommitmentMention current, IReadOnlyList<Quantity> pledged)
    {
        var status = current.Status;
        return previous switch
        {
            CommitmentStatus.Delivered when status != CommitmentStatus.Delivered => QuestionedTransition.AfterDelivery,
            CommitmentStatus.Broken when status is not (CommitmentStatus.Broken or CommitmentStatus.Withdrawn) => QuestionedTransition.AfterBroken,
            CommitmentStatus.Withdrawn when AmountLedger.CountsAsPledge(status) && status is not (CommitmentStatus.Withdrawn or CommitmentStatus.Broken) &&
                SameAmount(current.Amount, pledged) => QuestionedTransition.SameAmountAgain,
            CommitmentStatus.InProgress when status < CommitmentStatus.InProgress => QuestionedTransition.ProgressBeforePledge,
            _ => QuestionedTransition.None,
        };
    }

    private static bool SameAmount(IReadOnlyList<Quantity> amount, IReadOnlyList<Quantity> pledged) =>
        amount.Count > 0 && amount.Count == pledged.Count &&
        amount.All(q => pledged.Any(p => p.Unit == q.Unit && p.Value == q.Value));
}
