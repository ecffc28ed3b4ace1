using Medk.Core.Common;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring.Submissions;
using Medk.Core.Monitoring.Reporting;

namespace Medk.Core.Tests.Monitoring.Reporting;

public class ProgressReportTests
{
    private const int Checkpoint = 300;
    private const int School = 41;
    private static readonly Guid SchoolTeam = Guid.Parse("5c000000-0000-0000-0000-000000000001");
    private static readonly Guid Curator = Guid.Parse("c0000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Now = new(2022, 4, 29, 16, 0, 0, TimeSpan.FromHours(8));

    // The one place that knows how a file is handed over, so a reshape of file storage touches only this line.
    private static void AttachAFile(ProgressReport report) =>
        report.Attach(new StoredFile("протокол.pdf", EvidenceKind.Pdf, 4, new string('a', 64), SchoolTeam, Now, StoredFile.NewKey()));

    private static ProgressReport Draft() => new(Checkpoint, School, SchoolTeam, Now);

    private static ProgressReport Submitted()
    {
        var report = Draft();
        report.Write("Проведён педсовет, протокол № 3.", null, Now);
        report.Submit(SchoolTeam, "Команда школы", Now.AddHours(1));
        return report;
    }

    [Fact]
    public void New_IsAnEmptyDraftOfTheReporter()
    {
        var report = Draft();
        Assert.Equal((Checkpoint, School, SchoolTeam, ReportStatus.Draft), (report.CheckpointId, report.ReporterOrganizationId, report.AuthorId, report.Status));
        Assert.Null(report.Text);
        Assert.Null(report.IndicatorValue);
        Assert.Null(report.SubmittedAt);
        Assert.Empty(report.Decisions);
    }

    [Fact]
    public void Write_TrimsTheTextAndKeepsTheValue()
    {
        var report = Draft();
        report.Write("  Участие приняли 27 из 30 школ. ", 90m, Now.AddMinutes(5));

        Assert.Equal("Участие приняли 27 из 30 школ.", report.Text);
        Assert.Equal(90m, report.IndicatorValue);
        Assert.Equal(Now.AddMinutes(5), report.UpdatedAt);
        Assert.Equal(Now, report.CreatedAt);
    }

    [Fact]
    public void Write_BlankText_IsNoText()
    {
        var report = Draft();
        report.Write("Текст", null, Now);
        report.Write("   ", null, Now);
        Assert.Null(report.Text);
    }

    [Fact]
    public void Write_TextLongerThanTheMaximum_IsRefused()
    {
        var report = Draft();
        report.Write(new string('т', ProgressReport.TextMaxLength), null, Now);
        var e = Assert.Throws<DomainException>(() => report.Write(new string('т', ProgressReport.TextMaxLength + 1), null, Now));
        Assert.Equal("text", e.Field);
        Assert.Contains("8000 символов", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(1_000_000)]
    public void Write_IndicatorValueInRange_IsAccepted(int value)
    {
        var report = Draft();
        report.Write(null, value, Now);
        Assert.Equal(value, report.IndicatorValue);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1_000_000.5)]
    public void Write_IndicatorValueOutOfRange_IsRefused(double value)
    {
        var report = Draft();
        var e = Assert.Throws<DomainException>(() => report.Write("Текст", (decimal)value, Now));
        Assert.Equal("indicatorValue", e.Field);
        // Both ends are named: «неотрицательным» alone misleads whoever typed two million.
        Assert.Contains("от 0 до 1 000 000", e.Message);
        Assert.Null(report.Text);
    }

    [Fact]
    public void Submit_Empty_IsRefused()
    {
        var report = Draft();
        Assert.StartsWith("Отчёт пуст", Assert.Throws<DomainException>(() => report.Submit(SchoolTeam, "Команда школы", Now)).Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Empty(report.Decisions);
    }

    [Fact]
    public void Submit_WithText_IsSubmittedAndRecorded()
    {
        var report = Submitted();

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(Now.AddHours(1), report.SubmittedAt);
        var decision = Assert.Single(report.Decisions);
        Assert.Equal((DecisionKind.Submitted, SchoolTeam, "Команда школы", (string?)null), (decision.Kind, decision.ByUserId, decision.ByName, decision.Comment));
    }

    [Fact]
    public void Submit_OnlyAFile_IsEnough()
    {
        var report = Draft();
        AttachAFile(report);
        report.Submit(SchoolTeam, "Команда школы", Now);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Submit_OnlyAZeroIndicatorValue_IsEnough()
    {
        var report = Draft();
        report.Write(null, 0m, Now);
        report.Submit(SchoolTeam, "Команда школы", Now);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Submitted_IsFrozenWhileTheCuratorReadsIt()
    {
        var report = Submitted();

        Assert.Contains("на проверке", Assert.Throws<DomainException>(() => report.Write("Другой текст", null, Now)).Message);
        Assert.Throws<DomainException>(() => AttachAFile(report));
        Assert.Throws<DomainException>(() => report.Detach(1));
        Assert.Equal("Отчёт уже на проверке.", Assert.Throws<DomainException>(() => report.Submit(SchoolTeam, "Команда школы", Now)).Message);
        Assert.Equal("Проведён педсовет, протокол № 3.", report.Text);
    }

    [Fact]
    public void Confirm_Submitted_IsConfirmedByTheCurator()
    {
        var report = Submitted();
        report.Confirm(Curator, "Куратор", "  Принято. ", Now.AddDays(1));

        Assert.Equal(ReportStatus.Confirmed, report.Status);
        var decision = report.Decisions[^1];
        Assert.Equal((DecisionKind.Confirmed, Curator, "Принято.", Now.AddDays(1)), (decision.Kind, decision.ByUserId, decision.Comment, decision.At));
        Assert.Equal(Now.AddDays(1), report.UpdatedAt);
    }

    [Fact]
    public void Confirm_Draft_IsRefused()
    {
        var report = Draft();
        report.Write("Текст", null, Now);
        Assert.Throws<DomainException>(() => report.Confirm(Curator, "Куратор", null, Now));
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void Return_WithoutComment_IsRefused(string? comment)
    {
        var report = Submitted();
        Assert.Equal("comment", Assert.Throws<DomainException>(() => report.Return(Curator, "Куратор", comment, Now)).Field);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Single(report.Decisions);
    }

    [Fact]
    public void Return_ThenResubmit_IsEditableInBetweenAndKeepsTheHistory()
    {
        var report = Submitted();
        report.Return(Curator, "Куратор", "Приложите протокол.", Now.AddDays(1));
        Assert.Equal(ReportStatus.Returned, report.Status);

        AttachAFile(report);
        report.Write("Проведён педсовет, протокол № 3 приложен.", null, Now.AddDays(2));
        report.Submit(SchoolTeam, "Команда школы", Now.AddDays(2));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(Now.AddDays(2), report.SubmittedAt);
        Assert.Equal(new[] { DecisionKind.Submitted, DecisionKind.Returned, DecisionKind.Resubmitted }, report.Decisions.Select(d => d.Kind));
        Assert.Equal("Приложите протокол.", report.Decisions[1].Comment);
    }

    [Fact]
    public void Return_LongComment_IsKeptUpToTheMaximum()
    {
        var report = Submitted();
        report.Return(Curator, "Куратор", "  " + new string('д', ProgressReport.CommentMaxLength + 100), Now);
        Assert.Equal(new string('д', ProgressReport.CommentMaxLength), report.Decisions[^1].Comment);
    }

    [Fact]
    public void Confirmed_NeverChangesAgain()
    {
        var report = Submitted();
        report.Confirm(Curator, "Куратор", null, Now);

        Assert.Equal("Подтверждённый отчёт изменить нельзя.", Assert.Throws<DomainException>(() => report.Write("x", null, Now)).Message);
        Assert.Throws<DomainException>(() => AttachAFile(report));
        Assert.Throws<DomainException>(() => report.Detach(1));
        Assert.Throws<DomainException>(() => report.Submit(SchoolTeam, "Команда школы", Now));
        Assert.Equal("Отчёт уже подтверждён.", Assert.Throws<DomainException>(() => report.Return(Curator, "Куратор", "Ошибка", Now)).Message);
        Assert.Throws<DomainException>(() => report.Confirm(Curator, "Куратор", null, Now));
        Assert.Equal(ReportStatus.Confirmed, report.Status);
        Assert.Equal(2, report.Decisions.Count);
    }

    [Fact]
    public void Attach_UpToTheLimit()
    {
        var report = Draft();
        for (var i = 0; i < EvidencePolicy.MaxFilesPerReport; i++)
        {
            AttachAFile(report);
        }
        var e = Assert.Throws<DomainException>(() => AttachAFile(report));
        Assert.Equal("files", e.Field);
        Assert.Contains($"не больше {EvidencePolicy.MaxFilesPerReport} файлов", e.Message);
        Assert.Equal(EvidencePolicy.MaxFilesPerReport, report.Files.Count);
    }

    [Fact]
    public void Decision_LongName_IsCutTo200()
    {
        var report = Draft();
        report.Write("Текст", null, Now);
        report.Submit(SchoolTeam, new string('К', 300), Now);
        Assert.Equal(200, report.Decisions[0].ByName.Length);
    }
}
