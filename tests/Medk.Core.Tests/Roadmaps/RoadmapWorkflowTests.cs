using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;

namespace Medk.Core.Tests.Roadmaps;

public class RoadmapWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private static Roadmap NewRoadmap(ApprovalDocument? approval = null)
    {
        var r = new Roadmap(1, OrganizationLevel.Municipality, "Дорожная карта «500+» в 2022 году", new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), Now);
        if (approval is not null)
        {
            r.Describe(r.Title, r.PeriodStart, r.PeriodEnd, approval, Now);
        }
        return r;
    }

    [Fact]
    public void NewRoadmap_IsDraft() => Assert.Equal(RoadmapStatus.Draft, NewRoadmap().Status);

    [Fact]
    public void FullLifecycle_DraftApprovedInProgressCompleted()
    {
        var r = NewRoadmap(new ApprovalDocument("Приказ", "102-1", new DateOnly(2022, 3, 4), "И.А. Магон"));
        r.Move(RoadmapTransition.Approve, Now);
        Assert.Equal(RoadmapStatus.Approved, r.Status);
        r.Move(RoadmapTransition.Start, Now);
        Assert.Equal(RoadmapStatus.InProgress, r.Status);
        r.Move(RoadmapTransition.Complete, Now);
        Assert.Equal(RoadmapStatus.Completed, r.Status);
        Assert.Throws<DomainException>(r.EnsureItemsEditable);
    }

    [Fact]
    public void Approve_WithoutApprovingDocument_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => NewRoadmap().Move(RoadmapTransition.Approve, Now));
        Assert.Equal("approval", e.Field);
    }

    [Theory]
    [InlineData(RoadmapStatus.Draft, RoadmapTransition.Start)]
    [InlineData(RoadmapStatus.Draft, RoadmapTransition.Complete)]
    [InlineData(RoadmapStatus.Draft, RoadmapTransition.ReturnToDraft)]
    [InlineData(RoadmapStatus.InProgress, RoadmapTransition.Approve)]
    [InlineData(RoadmapStatus.InProgress, RoadmapTransition.ReturnToDraft)]
    [InlineData(RoadmapStatus.Completed, RoadmapTransition.Start)]
    public void ImpossibleTransitions_AreRefused(RoadmapStatus from, RoadmapTransition transition)
    {
        Assert.Null(RoadmapWorkflow.Target(from, transition));
        var e = Assert.Throws<DomainException>(() => RoadmapWorkflow.Apply(from, transition));
        Assert.Contains(Glossary.Status(from), e.Message);
    }

    [Fact]
    public void ApprovedRoadmap_CanReturnToDraft()
    {
        Assert.Equal(RoadmapStatus.Draft, RoadmapWorkflow.Apply(RoadmapStatus.Approved, RoadmapTransition.ReturnToDraft));
        Assert.Equal([RoadmapTransition.Start, RoadmapTransition.ReturnToDraft], RoadmapWorkflow.Available(RoadmapStatus.Approved));
        Assert.Empty(RoadmapWorkflow.Available(RoadmapStatus.Completed));
    }

    [Fact]
    public void Period_EndBeforeStart_IsRefusedOnTheEndField()
    {
        var e = Assert.Throws<DomainException>(() =>
            new Roadmap(1, OrganizationLevel.Region, "Карта", new DateOnly(2022, 12, 31), new DateOnly(2022, 1, 1), Now));
        Assert.Equal("periodEnd", e.Field);
    }

    [Fact]
    public void ApprovalDocument_ReadsLikeTheOrder()
    {
        var a = new ApprovalDocument("Приказ", "102-1", new DateOnly(2022, 3, 4), "И.А. Магон");
        Assert.Equal("Приказ № 102-1 от 04.03.2022", a.ToString());
    }
}
