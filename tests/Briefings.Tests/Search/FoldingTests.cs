using Briefings.Outputs.Search;

namespace Briefings.Tests.Search;

/// <summary>Issue 19: the index folds text exactly as the search page folds a query (see FoldingCases.json).</summary>
public sealed class FoldingTests
{
    [Theory]
    [MemberData(nameof(FoldingCases.Data), MemberType = typeof(FoldingCases))]
    public void A_shared_case_makes_its_terms_in_the_index(string text, string[] terms) =>
        Assert.Equal(terms, SearchTokenizer.Terms(text));

    [Fact]
    public void The_shared_cases_hold_accented_cyrillic_and_georgian_words()
    {
        var texts = string.Concat(FoldingCases.All.Select(c => c.Text));
        Assert.Contains(texts, c => c is >= 'À' and <= 'ž');
        Assert.Contains(texts, c => c is >= '\u0400' and <= '\u04FF');
        Assert.Contains(texts, c => c is >= '\u10A0' and <= '\u10FF');
    }
}
