using Medk.Core.Common;
using Medk.Core.Monitoring;

namespace Medk.Core.Tests.Monitoring;

public class ReportWorkflowTests
{
    private static readonly ReportContent WithText = new("Проведён педсовет, протокол № 3.", 0, null);

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    public void Submit_DraftOrReturnedWithText_IsSubmitted(ReportStatus from) =>
        Assert.Equal(ReportStatus.Submitted, ReportWorkflow.Submit(from, WithText));

    [Fact]
    public void Submit_OnlyAnEvidenceFile_IsEnough() =>
        Assert.Equal(ReportStatus.Submitted, ReportWorkflow.Submit(ReportStatus.Draft, new ReportContent(null, 1, null)));

    [Fact]
    public void Submit_OnlyAnIndicatorValue_IsEnough() =>
        Assert.Equal(ReportStatus.Submitted, ReportWorkflow.Submit(ReportStatus.Draft, new ReportContent(" ", 0, 0m)));

    [Fact]
    public void Submit_EmptyReport_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => ReportWorkflow.Submit(ReportStatus.Draft, new ReportContent("  ", 0, null)));
        Assert.StartsWith("Отчёт пуст", e.Message);
    }

    [Fact]
    public void Submit_AlreadySubmitted_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => ReportWorkflow.Submit(ReportStatus.Submitted, WithText));
        Assert.Equal("Отчёт уже на проверке.", e.Message);
    }

    [Fact]
    public void Submit_Confirmed_IsRefused() =>
        Assert.Throws<DomainException>(() => ReportWorkflow.Submit(ReportStatus.Confirmed, WithText));

    [Fact]
    public void Confirm_Submitted_IsConfirmed() =>
        Assert.Equal(ReportStatus.Confirmed, ReportWorkflow.Confirm(ReportStatus.Submitted));

    [Fact]
    public void Confirm_Twice_IsRefused()
    {
        var confirmed = ReportWorkflow.Confirm(ReportStatus.Submitted);
        var e = Assert.Throws<DomainException>(() => ReportWorkflow.Confirm(confirmed));
        Assert.Equal("Отчёт уже подтверждён.", e.Message);
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    public void Confirm_NotSubmitted_IsRefused(ReportStatus from) =>
        Assert.Throws<DomainException>(() => ReportWorkflow.Confirm(from));

    [Fact]
    public void Return_SubmittedWithComment_IsReturned() =>
        Assert.Equal(ReportStatus.Returned, ReportWorkflow.Return(ReportStatus.Submitted, "Приложите протокол."));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Return_WithoutComment_IsRefused(string? comment)
    {
        var e = Assert.Throws<DomainException>(() => ReportWorkflow.Return(ReportStatus.Submitted, comment));
        Assert.Equal("comment", e.Field);
    }

    [Fact]
    public void Return_Confirmed_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => ReportWorkflow.Return(ReportStatus.Confirmed, "Ошибка"));
        Assert.Equal("Отчёт уже подтверждён.", e.Message);
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    public void Return_NotSubmitted_IsRefused(ReportStatus from) =>
        Assert.Throws<DomainException>(() => ReportWorkflow.Return(from, "Ошибка"));

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    public void Edit_DraftOrReturned_IsAllowed(ReportStatus status)
    {
        Assert.True(ReportWorkflow.CanEdit(status));
        ReportWorkflow.EnsureEditable(status);
    }

    [Fact]
    public void Edit_Confirmed_IsRefused()
    {
        Assert.False(ReportWorkflow.CanEdit(ReportStatus.Confirmed));
        var e = Assert.Throws<DomainException>(() => ReportWorkflow.EnsureEditable(ReportStatus.Confirmed));
        Assert.Equal("Подтверждённый отчёт изменить нельзя.", e.Message);
    }

    [Fact]
    public void Edit_Submitted_IsRefused()
    {
        Assert.False(ReportWorkflow.CanEdit(ReportStatus.Submitted));
        var e = Assert.Throws<DomainException>(() => ReportWorkflow.EnsureEditable(ReportStatus.Submitted));
        Assert.StartsWith("Отчёт на проверке", e.Message);
    }

    [Fact]
    public void FullCycle_DraftSubmittedReturnedResubmittedConfirmed()
    {
        var s = ReportWorkflow.Submit(ReportStatus.Draft, WithText);
        s = ReportWorkflow.Return(s, "Нет подписи директора.");
        s = ReportWorkflow.Submit(s, WithText with { EvidenceFiles = 1 });
        Assert.Equal(ReportStatus.Confirmed, ReportWorkflow.Confirm(s));
    }
}
