using Briefings.Diagnostics;

namespace Briefings.Tests.Support;

/// <summary>
/// The lints' warnings, which small test sites trip by design (a person there only to be referred to, a commitment
/// recorded without a source): tests of other rules leave them out, and LintTests checks them.
/// </summary>
public static class Lints
{
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal)
    {
        Diagnostics.Codes.Unmentioned, Diagnostics.Codes.NearlySameName, Diagnostics.Codes.CommitmentWithoutSource,
    };

    public static IReadOnlyList<Diagnostic> WithoutLints(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => !Codes.Contains(d.Code)).ToList();
}
