namespace Briefings.Tests.Support;

/// <summary>The as-of date tests build with, so that no output depends on the day the tests run.</summary>
public static class TestDates
{
    /// <summary>After every brief the inline test sites date (2025–January 2026), so all of them are published.</summary>
    public static readonly DateOnly AsOf = new(2026, 6, 30);

    /// <summary>The sample site's: a few days after its last brief.</summary>
    public static readonly DateOnly SampleAsOf = new(2025, 12, 20);
}
