using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Curators;
using Medk.Core.FiveHundredPlus.Practices;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Monitoring.Submissions;
using Medk.Core.Planning.Roadmaps;

namespace Medk.Core.Tests.Submissions;

public class StoredFileTests
{
    private static readonly string Sha = new('a', 64);

    [Fact]
    public void NewFile_KeepsOnlyTheNameAndDerivesTheContentType()
    {
        var file = new StoredFile("C:\\temp\\../Протокол.PDF ", EvidenceKind.Pdf, 10, Sha, null, DateTimeOffset.UnixEpoch, "k1");

        Assert.Equal("Протокол.PDF", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(10, file.Size);
    }

    [Fact]
    public void NewFile_WithoutNameOrBytes_IsRefusedOnTheFilesField()
    {
        var noName = Assert.Throws<DomainException>(() => new StoredFile("  ", EvidenceKind.Pdf, 10, Sha, null, DateTimeOffset.UnixEpoch, "k1"));
        var empty = Assert.Throws<DomainException>(() => new StoredFile("a.pdf", EvidenceKind.Pdf, 0, Sha, null, DateTimeOffset.UnixEpoch, "k1"));

        Assert.Equal("files", noName.Field);
        Assert.Contains("«a.pdf» пуст", empty.Message);
    }

    [Fact]
    public void NewFile_WithoutChecksumOrKey_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => new StoredFile("a.pdf", EvidenceKind.Pdf, 1, "abc", null, DateTimeOffset.UnixEpoch, "k1"));
        Assert.Throws<ArgumentException>(() => new StoredFile("a.pdf", EvidenceKind.Pdf, 1, Sha, null, DateTimeOffset.UnixEpoch, ""));
        Assert.Throws<ArgumentException>(() => new StoredFile("a.pdf", EvidenceKind.Pdf, 1, Sha, null, DateTimeOffset.UnixEpoch, new string('k', 33)));
    }

    [Fact]
    public void NewKeys_AreDistinctAndFitTheColumn()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => StoredFile.NewKey()).ToList();

        Assert.Equal(100, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Equal(StoredFile.KeyLength, k.Length));
    }

    [Fact]
    public void Attachments_BeyondTheLimit_AreRefusedNamingTheDocument()
    {
        var files = new List<StoredFile> { Sample.File("1.pdf") };

        Attachments.Add(files, Sample.File("2.pdf"), 2, "К практике");
        var e = Assert.Throws<DomainException>(() => Attachments.Add(files, Sample.File("3.pdf"), 2, "К практике"));

        Assert.Equal("К практике можно приложить не больше 2 файлов.", e.Message);
        Assert.Equal(2, files.Count);
    }

    [Fact]
    public void Attachments_Remove_ReturnsTheFileForItsBytesToBeDeleted_OrNullWhenAbsent()
    {
        var file = Sample.File("1.pdf");
        var files = new List<StoredFile> { file };

        Assert.Null(Attachments.Remove(files, 42));
        Assert.Same(file, Attachments.Remove(files, file.Id));
        Assert.Empty(files);
    }
}

public class SubmissionTests
{
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Curator = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2022, 3, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SubmitReturnResubmitConfirm_WritesEachStepIntoTheHistory()
    {
        var history = new List<SubmissionDecision>();
        var content = new ReportContent("Сделано", 0, null);

        var status = Submission.Submit(ReportStatus.Draft, content, history, School, "Школа", Now);
        status = Submission.Return(status, history, Curator, "Куратор", "  Нет протокола  ", Now.AddDays(1));
        status = Submission.Submit(status, content, history, School, "Школа", Now.AddDays(2));
        status = Submission.Confirm(status, history, Curator, "Куратор", null, Now.AddDays(3));

        Assert.Equal(ReportStatus.Confirmed, status);
        Assert.Equal([DecisionKind.Submitted, DecisionKind.Returned, DecisionKind.Resubmitted, DecisionKind.Confirmed], history.Select(d => d.Kind));
        Assert.Equal("Нет протокола", history[1].Comment);
        Assert.Equal(Curator, history[3].ByUserId);
    }

    [Fact]
    public void RefusedStep_LeavesTheHistoryUntouched()
    {
        var history = new List<SubmissionDecision>();

        Assert.Throws<DomainException>(() => Submission.Return(ReportStatus.Submitted, history, Curator, "Куратор", " ", Now));
        Assert.Throws<DomainException>(() => Submission.Confirm(ReportStatus.Draft, history, Curator, "Куратор", null, Now));
        Assert.Throws<DomainException>(() => Submission.Submit(ReportStatus.Draft, new ReportContent(null, 0, null), history, School, "Школа", Now));

        Assert.Empty(history);
    }

    [Fact]
    public void Decision_CutsLongNamesAndComments()
    {
        var d = new SubmissionDecision(DecisionKind.Returned, Curator, new string('и', 300), Now, new string('к', 3000));

        Assert.Equal(SubmissionDecision.ByNameMaxLength, d.ByName.Length);
        Assert.Equal(SubmissionDecision.CommentMaxLength, d.Comment!.Length);
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Confirmed)]
    public void Attach_WhileUnderReviewOrConfirmed_IsRefused(ReportStatus status)
    {
        var files = new List<StoredFile>();

        Assert.Throws<DomainException>(() => Submission.Attach(status, files, Sample.File("a.pdf"), 20, "К отчёту"));
        Assert.Empty(files);
    }
}

/// <summary>The four kinds of document compose the block: the same rules, each with its own words and limits.</summary>
public class DocumentsWithFilesTests
{
    private static readonly Guid School = Guid.NewGuid();
    private static readonly Guid Curator = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2022, 3, 15, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2022, 3, 15);

    [Fact]
    public void ProgressReport_MovesItsCheckpoint_ThroughWriteSubmitReturnResubmitConfirm()
    {
        var checkpoint = new Checkpoint(Today.AddDays(10));
        var report = new ProgressReport(checkpoint.Id, 1, School, Now);

        report.Write("Проведено", null, checkpoint, Today, Now);
        Assert.Equal(CheckpointStatus.InProgress, checkpoint.Status);

        report.Attach(Sample.File("Протокол.pdf"));
        report.Submit(checkpoint, School, "Школа", Today, Now);
        Assert.Equal(CheckpointStatus.UnderReview, checkpoint.Status);

        report.Decide(checkpoint, confirm: false, Curator, "Куратор", "Приложите подписанный протокол", Today, Now);
        Assert.Equal((ReportStatus.Returned, CheckpointStatus.Returned), (report.Status, checkpoint.Status));

        report.Submit(checkpoint, School, "Школа", Today, Now);
        report.Decide(checkpoint, confirm: true, Curator, "Куратор", null, Today.AddDays(1), Now);

        Assert.Equal((ReportStatus.Confirmed, CheckpointStatus.Done, Today.AddDays(1)), (report.Status, checkpoint.Status, checkpoint.CompletedOn));
        Assert.Equal([DecisionKind.Submitted, DecisionKind.Returned, DecisionKind.Resubmitted, DecisionKind.Confirmed], report.Decisions.Select(d => d.Kind));
    }

    [Fact]
    public void ProgressReport_RefusedSubmission_LeavesTheCheckpointWhereItWas()
    {
        var checkpoint = new Checkpoint(Today);
        var report = new ProgressReport(checkpoint.Id, 1, School, Now);

        Assert.Throws<DomainException>(() => report.Submit(checkpoint, School, "Школа", Today, Now));

        Assert.Equal(CheckpointStatus.Planned, checkpoint.Status);
        Assert.Empty(report.Decisions);
    }

    [Fact]
    public void ProgressReport_UnderReview_NeitherTakesNorLosesFiles()
    {
        var checkpoint = new Checkpoint(Today);
        var report = new ProgressReport(checkpoint.Id, 1, School, Now);
        report.Attach(Sample.File("a.pdf"));
        report.Submit(checkpoint, School, "Школа", Today, Now);

        Assert.Throws<DomainException>(() => report.Attach(Sample.File("b.pdf")));
        Assert.Throws<DomainException>(() => report.Detach(report.Files[0].Id));
        Assert.Single(report.Files);
    }

    [Fact]
    public void ConceptDocument_UsesTheSameHistory_AndItsOwnRuleOnWhatMustBeThere()
    {
        var document = new ConceptDocument(1, 2, ConceptKind.DevelopmentConcept, null, "Концепция", Now);

        var e = Assert.Throws<DomainException>(() => document.Submit(School, "Школа", Now));
        Assert.Equal("Приложите файл документа.", e.Message);

        document.Attach(Sample.File("Концепция.docx", EvidenceKind.Word));
        document.Submit(School, "Школа", Now);
        document.Confirm(Curator, "Куратор", " Принято ", Now);

        Assert.Equal(ReportStatus.Confirmed, document.Status);
        Assert.Equal("Принято", document.Decisions[^1].Comment);
        Assert.Throws<DomainException>(() => document.Attach(Sample.File("ещё.pdf")));
    }

    [Fact]
    public void Practice_TakesAtMostItsOwnLimit_AndNoFilesAfterModeration()
    {
        var practice = new Practice(1, School, "Автор", "Клуб", "Описание", null, null, null, Now);
        for (var i = 0; i < Practice.MaxFiles; i++)
        {
            practice.Attach(Sample.File($"{i}.pdf"));
        }

        var e = Assert.Throws<DomainException>(() => practice.Attach(Sample.File("лишний.pdf")));
        Assert.StartsWith("К практике", e.Message);

        var other = new Practice(1, School, "Автор", "Клуб", "Описание", null, null, null, Now);
        other.Publish(Curator, "Координатор", Now);
        Assert.Throws<DomainException>(() => other.Attach(Sample.File("поздно.pdf")));
    }

    [Fact]
    public void CuratorWork_VisitsAndReportsShareTheFileRules()
    {
        var visit = new CuratorVisit(Curator, 1, Today, VisitFormat.Online, null, Now);
        var report = new CuratorReport(Curator, 1, 2022, Now);
        report.Write("Итоги года", Now);
        report.Attach(Sample.File("Итоги.pdf"));
        report.Submit(Now);
        for (var i = 0; i < EvidencePolicy.MaxFilesPerReport; i++)
        {
            visit.Attach(Sample.File($"{i}.jpg", EvidenceKind.Image));
        }

        Assert.Throws<DomainException>(() => visit.Attach(Sample.File("лишний.jpg", EvidenceKind.Image)));
        Assert.Throws<DomainException>(() => report.Attach(Sample.File("поздно.pdf")));
        Assert.Single(report.Files);
    }
}

internal static class Sample
{
    public static StoredFile File(string name, EvidenceKind kind = EvidenceKind.Pdf) =>
        new(name, kind, 100, new string('0', 64), null, DateTimeOffset.UnixEpoch, StoredFile.NewKey());
}
