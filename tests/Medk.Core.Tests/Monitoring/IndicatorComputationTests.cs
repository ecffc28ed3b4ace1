using Medk.Core.Common;
using Medk.Core.Planning.Indicators;
using Medk.Core.Monitoring;

namespace Medk.Core.Tests.Monitoring;

public class IndicatorComputationTests
{
    private static IndicatorTarget Share(Comparator? comparator, decimal? target) => new(IndicatorKind.Share, comparator, target, "%");

    private static IndicatorTarget Count(Comparator? comparator, decimal? target) => new(IndicatorKind.Count, comparator, target, "семинаров");

    [Fact]
    public void Share_NinetyOfHundredAgainstAtLeastNinety_IsAttained()
    {
        var result = IndicatorComputation.Compute(Share(Comparator.AtLeast, 90), 100, 90);

        Assert.Equal(90.0m, result.ActualPercent);
        Assert.True(result.Attained);
        Assert.Equal("90 из 100, 90% при цели не менее 90% — достигнуто", result.Explanation);
    }

    [Fact]
    public void Share_EightyNineOfHundredAgainstAtLeastNinety_IsNotAttained()
    {
        var result = IndicatorComputation.Compute(Share(Comparator.AtLeast, 90), 100, 89);

        Assert.Equal(89.0m, result.ActualPercent);
        Assert.False(result.Attained);
        Assert.EndsWith("не достигнуто", result.Explanation);
    }

    [Fact]
    public void Share_NoParticipants_HasNoValueAndIsNotAttained()
    {
        var result = IndicatorComputation.Compute(Share(Comparator.Equal, 100), 0, 0);

        Assert.Null(result.ActualPercent);
        Assert.False(result.Attained);
        Assert.Equal("нет участников", result.Explanation);
    }

    [Fact]
    public void Share_IsRoundedToOneDecimalHalfAwayFromZero()
    {
        Assert.Equal(66.7m, IndicatorComputation.Compute(Share(Comparator.AtLeast, 50), 3, 2).ActualPercent);
        Assert.Equal(12.5m, IndicatorComputation.Compute(Share(Comparator.AtLeast, 50), 8, 1).ActualPercent);
        Assert.Equal(0.3m, IndicatorComputation.Compute(Share(Comparator.AtLeast, 50), 800, 2).ActualPercent); // 0.25
    }

    [Fact]
    public void Share_OneMissingOfTwoThousand_IsNotShownAsHundredNorAttainsHundred()
    {
        var result = IndicatorComputation.Compute(Share(Comparator.Equal, 100), 2000, 1999);

        Assert.Equal(99.9m, result.ActualPercent);
        Assert.False(result.Attained);
    }

    [Fact]
    public void Share_OneOfThreeThousand_IsNotShownAsZero() =>
        Assert.Equal(0.1m, IndicatorComputation.Compute(Share(Comparator.AtMost, 0), 3000, 1).ActualPercent);

    [Theory]
    [InlineData(Comparator.Equal, 100, 100, true)]
    [InlineData(Comparator.Equal, 100, 99, false)]
    [InlineData(Comparator.AtMost, 5, 5, true)]
    [InlineData(Comparator.AtMost, 5, 6, false)]
    [InlineData(null, 90, 95, true)]
    [InlineData(null, 90, 89, false)]
    [InlineData(null, 100, 100, true)]
    public void Share_ComparatorDecidesAttainment(Comparator? comparator, int target, int achievedOfHundred, bool attained) =>
        Assert.Equal(attained, IndicatorComputation.Compute(Share(comparator, target), 100, achievedOfHundred).Attained);

    [Fact]
    public void Share_WithoutTarget_HasValueButNoVerdict()
    {
        var result = IndicatorComputation.Compute(Share(null, null), 40, 10);

        Assert.Equal(25m, result.ActualPercent);
        Assert.Null(result.Attained);
        Assert.Contains("цель не указана", result.Explanation);
    }

    [Fact]
    public void Share_MoreAchievedThanParticipants_IsRefused() =>
        Assert.Throws<DomainException>(() => IndicatorComputation.Compute(Share(Comparator.AtLeast, 90), 10, 11));

    [Fact]
    public void Compute_NegativeCounts_AreRefused() =>
        Assert.Throws<DomainException>(() => IndicatorComputation.Compute(Count(Comparator.AtLeast, 2), 0, -1));

    [Theory]
    [InlineData(Comparator.AtLeast, 3, 3, true)]
    [InlineData(Comparator.AtLeast, 3, 2, false)]
    [InlineData(Comparator.AtMost, 1, 2, false)]
    [InlineData(Comparator.Equal, 2, 2, true)]
    [InlineData(Comparator.Equal, 2, 3, false)]
    [InlineData(null, 2, 4, true)]
    public void Count_ComparesAchievedWithTarget(Comparator? comparator, int target, int achieved, bool attained)
    {
        var result = IndicatorComputation.Compute(Count(comparator, target), participants: 0, achieved);

        Assert.Equal(achieved, result.Actual);
        Assert.Null(result.ActualPercent);
        Assert.Equal(attained, result.Attained);
    }

    [Fact]
    public void Count_Explanation_StatesActualAndTarget() =>
        Assert.Equal("3 при цели не менее 2 — достигнуто",
            IndicatorComputation.Compute(Count(Comparator.AtLeast, 2), 0, 3).Explanation);

    [Fact]
    public void Result_InWords_IsNotJudged()
    {
        var result = IndicatorComputation.Compute(new IndicatorTarget(IndicatorKind.Result, null, null, null), 10, 5);

        Assert.Null(result.Actual);
        Assert.Null(result.Attained);
    }

    [Fact]
    public void FromManual_Share_IsRoundedAndJudged()
    {
        var result = IndicatorComputation.FromManual(Share(Comparator.AtLeast, 90), 89.96m);

        Assert.Equal(90.0m, result.ActualPercent);
        Assert.True(result.Attained);
        Assert.Contains("введено вручную", result.Explanation);
    }

    [Fact]
    public void FromManual_Count_IsJudged() =>
        Assert.False(IndicatorComputation.FromManual(Count(Comparator.AtLeast, 5), 4).Attained);

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    public void FromManual_ShareOutOfRange_IsRefused(double value) =>
        Assert.Throws<DomainException>(() => IndicatorComputation.FromManual(Share(Comparator.AtLeast, 90), (decimal)value));

    [Fact]
    public void FromManual_NegativeCount_IsRefused() =>
        Assert.Throws<DomainException>(() => IndicatorComputation.FromManual(Count(Comparator.AtLeast, 5), -1));

    [Fact]
    public void Target_FromParsedIndicator_KeepsKindComparatorAndTarget()
    {
        var target = IndicatorTarget.Of(IndicatorParser.Parse("Участие приняли не менее 90%"));

        Assert.Equal(new IndicatorTarget(IndicatorKind.Share, Comparator.AtLeast, 90, "%"), target);
        Assert.True(IndicatorComputation.Compute(target, 20, 18).Attained);
    }
}
