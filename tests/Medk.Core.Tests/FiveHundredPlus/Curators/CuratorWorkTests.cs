using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Curators;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring.Submissions;

namespace Medk.Core.Tests.FiveHundredPlus.Curators;

public class CuratorWorkTests
{
    private const int School = 41;
    private static readonly Guid Curator = Guid.Parse("c0000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Now = new(2022, 5, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2022, 5, 20);

    // The one place that knows how a file is handed over, so a reshape of file storage touches only this line.
    private static StoredFile AFile(int n = 1) => new($"протокол-{n}.pdf", EvidenceKind.Pdf, 4, new string('a', 64), Curator, Now, StoredFile.NewKey());

    private static CuratorVisit Visit(DateOnly? date = null, VisitFormat format = VisitFormat.InPerson, string? notes = "Посетили уроки в 6 классе.") =>
        new(Curator, School, date ?? Today, format, notes, Now);

    private static CuratorReport Draft() => new(Curator, School, 2022, Now);

    [Fact]
    public void Visit_KeepsWhoWhereWhenAndHow()
    {
        var visit = Visit(format: VisitFormat.Online, notes: "  Онлайн-встреча с командой школы. ");

        Assert.Equal((Curator, School, Today, VisitFormat.Online), (visit.CuratorUserId, visit.SchoolId, visit.Date, visit.Format));
        Assert.Equal("Онлайн-встреча с командой школы.", visit.Notes);
        Assert.Equal(Now, visit.CreatedAt);
        Assert.Equal(Now, visit.UpdatedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Visit_WithoutNotes_HasNone(string? notes) =>
        Assert.Null(Visit(notes: notes).Notes);

    [Fact]
    public void Visit_NotesOfTheMaximumLength_AreAcceptedAndLonger_Refused()
    {
        Assert.Equal(CuratorVisit.NotesMaxLength, Visit(notes: new string('н', CuratorVisit.NotesMaxLength)).Notes!.Length);
        var e = Assert.Throws<DomainException>(() => Visit(notes: new string('н', CuratorVisit.NotesMaxLength + 1)));
        Assert.Equal("notes", e.Field);
        Assert.Contains("8000 символов", e.Message);
    }

    [Fact]
    public void Visit_BeforeTheProject_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Visit(new DateOnly(2019, 12, 31)));
        Assert.Equal("date", e.Field);
        Assert.Contains("Дата посещения", e.Message);
    }

    [Fact]
    public void Visit_OnTheFirstDayOfThe2020_IsAccepted() =>
        Assert.Equal(new DateOnly(2020, 1, 1), Visit(new DateOnly(2020, 1, 1)).Date);

    [Fact]
    public void Visit_PlannedUpToAYearAhead_IsAcceptedAndLater_Refused()
    {
        Assert.Equal(Today.AddDays(366), Visit(Today.AddDays(366)).Date);
        var e = Assert.Throws<DomainException>(() => Visit(Today.AddDays(367)));
        Assert.Equal("date", e.Field);
    }

    [Fact]
    public void Visit_OnTheLeapDay_IsAccepted() =>
        Assert.Equal(new DateOnly(2024, 2, 29), new CuratorVisit(Curator, School, new DateOnly(2024, 2, 29), VisitFormat.InPerson, null, new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero)).Date);

    [Fact]
    public void Visit_UnknownFormat_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Visit(format: (VisitFormat)7));
        Assert.Equal("format", e.Field);
        Assert.Contains("очно или онлайн", e.Message);
    }

    [Fact]
    public void Edit_ChangesTheVisitButNotWhenItWasFirstWritten()
    {
        var visit = Visit();
        visit.Edit(Today.AddDays(-1), VisitFormat.Online, "Перенесли на онлайн.", Now.AddHours(2));

        Assert.Equal((Today.AddDays(-1), VisitFormat.Online, "Перенесли на онлайн."), (visit.Date, visit.Format, visit.Notes));
        Assert.Equal(Now, visit.CreatedAt);
        Assert.Equal(Now.AddHours(2), visit.UpdatedAt);
    }

    [Fact]
    public void Edit_Refused_KeepsTheVisit()
    {
        var visit = Visit();
        Assert.Throws<DomainException>(() => visit.Edit(new DateOnly(2010, 1, 1), VisitFormat.Online, "x", Now.AddHours(2)));
        Assert.Equal((Today, VisitFormat.InPerson, Now), (visit.Date, visit.Format, visit.UpdatedAt));
    }

    [Fact]
    public void Visit_AcceptsFilesUpToTheLimit()
    {
        var visit = Visit();
        for (var i = 0; i < EvidencePolicy.MaxFilesPerReport; i++)
        {
            visit.Attach(AFile(i));
        }
        var e = Assert.Throws<DomainException>(() => visit.Attach(AFile(99)));
        Assert.Equal("files", e.Field);
        Assert.Contains($"не больше {EvidencePolicy.MaxFilesPerReport} файлов", e.Message);
        Assert.Equal(EvidencePolicy.MaxFilesPerReport, visit.Files.Count);
    }

    [Fact]
    public void Report_New_IsAnEmptyDraftOfItsYear()
    {
        var report = Draft();
        Assert.Equal((Curator, School, 2022, CuratorReportStatus.Draft), (report.CuratorUserId, report.SchoolId, report.Year, report.Status));
        Assert.Null(report.Text);
        Assert.Null(report.SubmittedAt);
        Assert.Empty(report.Files);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2101)]
    public void Report_YearOutOfRange_IsRefused(int year)
    {
        var e = Assert.Throws<DomainException>(() => new CuratorReport(Curator, School, year, Now));
        Assert.Equal("year", e.Field);
        Assert.Contains("Год отчёта", e.Message);
    }

    [Fact]
    public void Write_TrimsTheTextAndMovesTheUpdateTime()
    {
        var report = Draft();
        report.Write("  Школа вышла из зоны риска по двум факторам. ", Now.AddDays(1));
        Assert.Equal("Школа вышла из зоны риска по двум факторам.", report.Text);
        Assert.Equal(Now.AddDays(1), report.UpdatedAt);
        Assert.Equal(Now, report.CreatedAt);

        report.Write("  ", Now.AddDays(2));
        Assert.Null(report.Text);
    }

    [Fact]
    public void Write_LongerThanTheMaximum_IsRefused()
    {
        var report = Draft();
        report.Write(new string('т', CuratorReport.TextMaxLength), Now);
        var e = Assert.Throws<DomainException>(() => report.Write(new string('т', CuratorReport.TextMaxLength + 1), Now));
        Assert.Equal("text", e.Field);
        Assert.Contains("20000 символов", e.Message);
        Assert.Equal(CuratorReport.TextMaxLength, report.Text!.Length);
    }

    [Fact]
    public void Submit_WithText_IsSubmittedAtThatTime()
    {
        var report = Draft();
        report.Write("Итоги года.", Now);
        report.Submit(Now.AddDays(1));

        Assert.Equal(CuratorReportStatus.Submitted, report.Status);
        Assert.Equal(Now.AddDays(1), report.SubmittedAt);
        Assert.Equal(Now.AddDays(1), report.UpdatedAt);
    }

    [Fact]
    public void Submit_WithoutText_IsRefusedEvenWithFiles()
    {
        var report = Draft();
        report.Attach(AFile());
        var e = Assert.Throws<DomainException>(() => report.Submit(Now));

        Assert.Equal("text", e.Field);
        Assert.Contains("Напишите отчёт", e.Message);
        Assert.Equal(CuratorReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Submitted_NoLongerChanges()
    {
        var report = Draft();
        report.Write("Итоги года.", Now);
        report.Submit(Now);

        Assert.Contains("уже отправлен", Assert.Throws<DomainException>(() => report.Write("Другой текст", Now)).Message);
        Assert.Throws<DomainException>(() => report.Attach(AFile()));
        Assert.Throws<DomainException>(() => report.Submit(Now.AddDays(1)));
        Assert.Equal("Итоги года.", report.Text);
        Assert.Empty(report.Files);
        Assert.Equal(Now, report.SubmittedAt);
    }

    [Fact]
    public void Report_AcceptsFilesUpToTheLimit()
    {
        var report = Draft();
        for (var i = 0; i < EvidencePolicy.MaxFilesPerReport; i++)
        {
            report.Attach(AFile(i));
        }
        Assert.Equal("files", Assert.Throws<DomainException>(() => report.Attach(AFile(99))).Field);
    }

    [Fact]
    public void Glossary_NamesFormatsAndStatusesInRussian()
    {
        Assert.Equal("очно", CuratorGlossary.Format(VisitFormat.InPerson));
        Assert.Equal("онлайн", CuratorGlossary.Format(VisitFormat.Online));
        Assert.Equal("Черновик", CuratorGlossary.Status(CuratorReportStatus.Draft));
        Assert.Equal("Отправлен", CuratorGlossary.Status(CuratorReportStatus.Submitted));
    }
}
