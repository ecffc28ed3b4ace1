using Medk.Core.Common;
using Medk.Core.Monitoring;

namespace Medk.Core.Tests.Monitoring;

public class CheckpointStateTests
{
    private static readonly DateOnly Today = new(2022, 3, 15);

    [Theory]
    [InlineData(CheckpointStatus.Planned)]
    [InlineData(CheckpointStatus.InProgress)]
    [InlineData(CheckpointStatus.Returned)]
    public void Effective_PastDueOpenWork_IsOverdue(CheckpointStatus stored) =>
        Assert.Equal(CheckpointStatus.Overdue, CheckpointState.Effective(stored, Today.AddDays(-1), Today));

    [Fact]
    public void Effective_PastDuePlanned_IsOverdue() =>
        Assert.Equal(CheckpointStatus.Overdue, CheckpointState.Effective(CheckpointStatus.Planned, new DateOnly(2022, 3, 1), Today));

    [Theory]
    [InlineData(CheckpointStatus.UnderReview)]
    [InlineData(CheckpointStatus.Done)]
    [InlineData(CheckpointStatus.Cancelled)]
    public void Effective_PastDueReviewedDoneOrCancelled_KeepsStoredStatus(CheckpointStatus stored) =>
        Assert.Equal(stored, CheckpointState.Effective(stored, Today.AddDays(-1), Today));

    [Theory]
    [InlineData(CheckpointStatus.Planned)]
    [InlineData(CheckpointStatus.InProgress)]
    [InlineData(CheckpointStatus.UnderReview)]
    [InlineData(CheckpointStatus.Done)]
    [InlineData(CheckpointStatus.Returned)]
    [InlineData(CheckpointStatus.Cancelled)]
    public void Effective_DueTodayOrTomorrow_KeepsStoredStatus(CheckpointStatus stored)
    {
        Assert.Equal(stored, CheckpointState.Effective(stored, Today, Today));
        Assert.Equal(stored, CheckpointState.Effective(stored, Today.AddDays(1), Today));
    }

    [Fact]
    public void Effective_StoredOverdue_IsRefusedBecauseItIsDerived() =>
        Assert.Throws<DomainException>(() => CheckpointState.Effective(CheckpointStatus.Overdue, Today, Today));

    [Theory]
    [InlineData(CheckpointStatus.Planned, CheckpointAction.Start, CheckpointStatus.InProgress)]
    [InlineData(CheckpointStatus.Planned, CheckpointAction.Submit, CheckpointStatus.UnderReview)]
    [InlineData(CheckpointStatus.InProgress, CheckpointAction.Submit, CheckpointStatus.UnderReview)]
    [InlineData(CheckpointStatus.UnderReview, CheckpointAction.Confirm, CheckpointStatus.Done)]
    [InlineData(CheckpointStatus.UnderReview, CheckpointAction.Return, CheckpointStatus.Returned)]
    [InlineData(CheckpointStatus.Returned, CheckpointAction.Resubmit, CheckpointStatus.UnderReview)]
    [InlineData(CheckpointStatus.Planned, CheckpointAction.Cancel, CheckpointStatus.Cancelled)]
    [InlineData(CheckpointStatus.InProgress, CheckpointAction.Cancel, CheckpointStatus.Cancelled)]
    [InlineData(CheckpointStatus.UnderReview, CheckpointAction.Cancel, CheckpointStatus.Cancelled)]
    [InlineData(CheckpointStatus.Returned, CheckpointAction.Cancel, CheckpointStatus.Cancelled)]
    [InlineData(CheckpointStatus.Cancelled, CheckpointAction.Reopen, CheckpointStatus.Planned)]
    public void Apply_AllowedMove_LeadsToTarget(CheckpointStatus from, CheckpointAction action, CheckpointStatus expected)
    {
        Assert.Equal(expected, CheckpointState.Apply(from, action, "причина"));
        Assert.Contains(action, CheckpointState.Available(from));
    }

    [Fact]
    public void Apply_EveryMoveNotInTheAllowedTable_IsRefusedNamingTheStatus()
    {
        var allowed = new HashSet<(CheckpointStatus, CheckpointAction)>
        {
            (CheckpointStatus.Planned, CheckpointAction.Start),
            (CheckpointStatus.Planned, CheckpointAction.Submit),
            (CheckpointStatus.InProgress, CheckpointAction.Submit),
            (CheckpointStatus.UnderReview, CheckpointAction.Confirm),
            (CheckpointStatus.UnderReview, CheckpointAction.Return),
            (CheckpointStatus.Returned, CheckpointAction.Resubmit),
            (CheckpointStatus.Planned, CheckpointAction.Cancel),
            (CheckpointStatus.InProgress, CheckpointAction.Cancel),
            (CheckpointStatus.UnderReview, CheckpointAction.Cancel),
            (CheckpointStatus.Returned, CheckpointAction.Cancel),
            (CheckpointStatus.Cancelled, CheckpointAction.Reopen),
        };
        var refused = 0;
        foreach (var from in Enum.GetValues<CheckpointStatus>().Where(s => s != CheckpointStatus.Overdue))
        {
            foreach (var action in Enum.GetValues<CheckpointAction>().Where(a => !allowed.Contains((from, a))))
            {
                Assert.Null(CheckpointState.Target(from, action));
                var e = Assert.Throws<DomainException>(() => CheckpointState.Apply(from, action, "причина"));
                Assert.Contains(MonitoringGlossary.Status(from), e.Message);
                refused++;
            }
        }
        Assert.Equal(6 * 7 - allowed.Count, refused);
    }

    [Theory]
    [InlineData(CheckpointStatus.Done, CheckpointAction.Cancel)]
    [InlineData(CheckpointStatus.Done, CheckpointAction.Return)]
    [InlineData(CheckpointStatus.Done, CheckpointAction.Reopen)]
    [InlineData(CheckpointStatus.Planned, CheckpointAction.Confirm)]
    [InlineData(CheckpointStatus.InProgress, CheckpointAction.Start)]
    [InlineData(CheckpointStatus.UnderReview, CheckpointAction.Submit)]
    [InlineData(CheckpointStatus.Returned, CheckpointAction.Submit)]
    [InlineData(CheckpointStatus.Returned, CheckpointAction.Confirm)]
    [InlineData(CheckpointStatus.Cancelled, CheckpointAction.Start)]
    [InlineData(CheckpointStatus.Cancelled, CheckpointAction.Cancel)]
    public void Apply_ImpossibleMove_IsRefusedInRussian(CheckpointStatus from, CheckpointAction action)
    {
        var e = Assert.Throws<DomainException>(() => CheckpointState.Apply(from, action, "причина"));
        Assert.Equal(
            $"Нельзя «{MonitoringGlossary.Action(action)}»: контрольная точка в статусе «{MonitoringGlossary.Status(from)}».",
            e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Apply_CancelWithoutReason_IsRefused(string? reason)
    {
        var e = Assert.Throws<DomainException>(() => CheckpointState.Apply(CheckpointStatus.Planned, CheckpointAction.Cancel, reason));
        Assert.Equal("reason", e.Field);
    }

    [Fact]
    public void Apply_ReturnWithoutReason_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => CheckpointState.Apply(CheckpointStatus.UnderReview, CheckpointAction.Return));
        Assert.Equal("reason", e.Field);
    }

    [Fact]
    public void Apply_MovesOtherThanCancelAndReturn_NeedNoReason() =>
        Assert.Equal(CheckpointStatus.InProgress, CheckpointState.Apply(CheckpointStatus.Planned, CheckpointAction.Start));

    [Fact]
    public void Apply_FromStoredOverdue_IsRefused() =>
        Assert.Throws<DomainException>(() => CheckpointState.Apply(CheckpointStatus.Overdue, CheckpointAction.Submit));

    [Fact]
    public void Available_ForDone_IsEmpty() => Assert.Empty(CheckpointState.Available(CheckpointStatus.Done));
}
