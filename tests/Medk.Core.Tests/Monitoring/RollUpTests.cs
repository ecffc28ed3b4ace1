using Medk.Core.Common;
using Medk.Core.Monitoring;

namespace Medk.Core.Tests.Monitoring;

public class RollUpTests
{
    [Fact]
    public void Percent_IsDoneOfTotalLessCancelled()
    {
        var counts = new CompletionCounts(Total: 12, Done: 8, Overdue: 1, UnderReview: 1, Cancelled: 2);

        Assert.Equal(10, counts.Due);
        Assert.Equal(80.0m, counts.Percent);
        Assert.Equal(ColorZone.Green, counts.Zone);
    }

    [Fact]
    public void Percent_IsRoundedToOneDecimal() =>
        Assert.Equal(66.7m, new CompletionCounts(3, 2, 0, 0, 0).Percent);

    [Fact]
    public void Percent_NothingDue_IsZeroAndGrey()
    {
        Assert.Equal(0m, CompletionCounts.Zero.Percent);
        var allCancelled = new CompletionCounts(3, 0, 0, 0, 3);
        Assert.Equal(0m, allCancelled.Percent);
        Assert.Equal(ColorZone.None, allCancelled.Zone);
    }

    [Fact]
    public void Add_SumsEveryCount()
    {
        var school1 = new CompletionCounts(5, 3, 1, 1, 0);
        var school2 = new CompletionCounts(4, 1, 2, 0, 1);

        Assert.Equal(new CompletionCounts(9, 4, 3, 1, 1), school1.Add(school2));
        Assert.Equal(school1, school1.Add(CompletionCounts.Zero));
    }

    [Fact]
    public void Of_CountsEffectiveStatuses()
    {
        CheckpointStatus[] statuses =
        [
            CheckpointStatus.Done, CheckpointStatus.Done, CheckpointStatus.Overdue, CheckpointStatus.UnderReview,
            CheckpointStatus.Cancelled, CheckpointStatus.Planned, CheckpointStatus.Returned,
        ];

        var counts = CompletionCounts.Of(statuses);

        Assert.Equal(new CompletionCounts(7, 2, 1, 1, 1), counts);
        Assert.Equal(33.3m, counts.Percent);
        Assert.Equal(ColorZone.Red, counts.Zone);
    }

    [Theory]
    [InlineData(100, ColorZone.Green)]
    [InlineData(80, ColorZone.Green)]
    [InlineData(79.9, ColorZone.Yellow)]
    [InlineData(50, ColorZone.Yellow)]
    [InlineData(49.9, ColorZone.Red)]
    [InlineData(0, ColorZone.Red)]
    public void Zone_UsesThresholds(double percent, ColorZone zone) => Assert.Equal(zone, RollUp.Zone((decimal)percent));

    [Theory]
    [InlineData(16, 20, ColorZone.Green)]
    [InlineData(15.99, 20, ColorZone.Green)] // 79.95 % is shown as 80,0 %
    [InlineData(15.9, 20, ColorZone.Yellow)]
    [InlineData(10, 20, ColorZone.Yellow)]
    [InlineData(9.5, 20, ColorZone.Red)]
    [InlineData(0, 20, ColorZone.Red)]
    public void ScoreZone_PointsOfMaximum(double points, double max, ColorZone zone) =>
        Assert.Equal(zone, RollUp.ScoreZone((decimal)points, (decimal)max));

    [Fact]
    public void ScoreZone_OwnThresholds_AreHonoured() =>
        Assert.Equal(ColorZone.Green, RollUp.ScoreZone(7, 10, greenFrom: 70, yellowFrom: 40));

    [Theory]
    [InlineData(5, 0)]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    public void ScoreZone_ImpossiblePoints_AreRefused(double points, double max) =>
        Assert.Throws<DomainException>(() => RollUp.ScoreZone((decimal)points, (decimal)max));

    [Fact]
    public void ScoreZone_YellowAboveGreen_IsRefused() =>
        Assert.Throws<DomainException>(() => RollUp.ScoreZone(5, 10, greenFrom: 50, yellowFrom: 60));

    [Fact]
    public void Glossary_NamesEveryZoneAndStatusInRussian()
    {
        Assert.All(Enum.GetValues<ColorZone>(), z => Assert.NotEqual(z.ToString(), MonitoringGlossary.Zone(z)));
        Assert.All(Enum.GetValues<CheckpointStatus>(), s => Assert.NotEqual(s.ToString(), MonitoringGlossary.Status(s)));
        Assert.All(Enum.GetValues<CheckpointAction>(), a => Assert.NotEqual(a.ToString(), MonitoringGlossary.Action(a)));
        Assert.All(Enum.GetValues<ReportStatus>(), s => Assert.NotEqual(s.ToString(), MonitoringGlossary.Status(s)));
        Assert.Equal("Просрочено", MonitoringGlossary.Status(CheckpointStatus.Overdue));
    }
}
