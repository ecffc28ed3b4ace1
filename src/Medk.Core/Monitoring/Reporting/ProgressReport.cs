using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring;

namespace Medk.Core.Monitoring.Reporting;

/// <summary>
/// A report on one checkpoint (отчёт об исполнении) by the organization that carries the item out: text,
/// an indicator value and confirming documents. Saved as a draft, submitted, then confirmed or returned
/// by the curator or the coordinator of the level above; every decision is kept.
/// </summary>
public class ProgressReport
{
    public const int TextMaxLength = 8000;
    public const int CommentMaxLength = 2000;

    private readonly List<EvidenceFile> _files = [];
    private readonly List<ReportDecision> _decisions = [];

    private ProgressReport()
    {
    }

    public ProgressReport(int checkpointId, int reporterOrganizationId, Guid authorId, DateTimeOffset now)
    {
        CheckpointId = checkpointId;
        ReporterOrganizationId = reporterOrganizationId;
        AuthorId = authorId;
        CreatedAt = now;
        UpdatedAt = now;
        Status = ReportStatus.Draft;
    }

    public int Id { get; private set; }
    public int CheckpointId { get; private set; }
    public int ReporterOrganizationId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string? Text { get; private set; }
    public decimal? IndicatorValue { get; private set; }
    public ReportStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public int Version { get; private set; }
    public IReadOnlyList<EvidenceFile> Files => _files;
    public IReadOnlyList<ReportDecision> Decisions => _decisions;

    public void Write(string? text, decimal? indicatorValue, DateTimeOffset now)
    {
        ReportWorkflow.EnsureEditable(Status);
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (text?.Length > TextMaxLength)
        {
            throw new DomainException($"Текст отчёта длиннее {TextMaxLength} символов.", "text");
        }
        if (indicatorValue is < 0 or > 1_000_000)
        {
            throw new DomainException("Значение показателя — число от 0 до 1 000 000.", "indicatorValue");
        }
        Text = text;
        IndicatorValue = indicatorValue;
        UpdatedAt = now;
    }

    public void Attach(EvidenceFile file)
    {
        ReportWorkflow.EnsureEditable(Status);
        if (_files.Count >= EvidencePolicy.MaxFilesPerReport)
        {
            throw new DomainException($"К отчёту можно приложить не больше {EvidencePolicy.MaxFilesPerReport} файлов.", "files");
        }
        _files.Add(file);
    }

    public void Detach(int fileId)
    {
        ReportWorkflow.EnsureEditable(Status);
        _files.RemoveAll(f => f.Id == fileId);
    }

    public void Submit(Guid by, string byName, DateTimeOffset now)
    {
        var resubmission = Status == ReportStatus.Returned;
        Status = ReportWorkflow.Submit(Status, new ReportContent(Text, _files.Count, IndicatorValue));
        SubmittedAt = now;
        UpdatedAt = now;
        _decisions.Add(new ReportDecision(resubmission ? ReportDecisionKind.Resubmitted : ReportDecisionKind.Submitted, by, byName, now, null));
    }

    public void Confirm(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        Status = ReportWorkflow.Confirm(Status);
        UpdatedAt = now;
        _decisions.Add(new ReportDecision(ReportDecisionKind.Confirmed, by, byName, now, Clean(comment)));
    }

    public void Return(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        Status = ReportWorkflow.Return(Status, comment);
        UpdatedAt = now;
        _decisions.Add(new ReportDecision(ReportDecisionKind.Returned, by, byName, now, Clean(comment)));
    }

    private static string? Clean(string? comment)
    {
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        return comment is { Length: > CommentMaxLength } ? comment[..CommentMaxLength] : comment;
    }
}

public enum ReportDecisionKind
{
    Submitted,
    Resubmitted,
    Confirmed,
    Returned,
}

/// <summary>Who did what with a report, and when: the history the confirming level and the reporter both see.</summary>
public class ReportDecision
{
    private ReportDecision()
    {
    }

    public ReportDecision(ReportDecisionKind kind, Guid byUserId, string byName, DateTimeOffset at, string? comment)
    {
        Kind = kind;
        ByUserId = byUserId;
        ByName = byName.Length > 200 ? byName[..200] : byName;
        At = at;
        Comment = comment;
    }

    public int Id { get; private set; }
    public int ReportId { get; private set; }
    public ReportDecisionKind Kind { get; private set; }
    public Guid ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
}

/// <summary>A confirming document's description; its bytes live apart (<see cref="EvidenceContent"/>) so lists stay light.</summary>
public class EvidenceFile
{
    private EvidenceFile()
    {
    }

    public EvidenceFile(string fileName, EvidenceKind kind, long size, string sha256, Guid uploadedBy, DateTimeOffset uploadedAt, byte[] content)
    {
        FileName = Path.GetFileName(fileName).Trim();
        Kind = kind;
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
        Content = new EvidenceContent(content);
    }

    public int Id { get; private set; }
    public int ReportId { get; private set; }
    public string FileName { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public Guid UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }
    public EvidenceContent? Content { get; private set; }
}

/// <summary>
/// The bytes of a confirming document, in the database: every app instance serves every file, and a report
/// and its files are saved or refused together in one transaction.
/// </summary>
public class EvidenceContent
{
    private EvidenceContent()
    {
    }

    public EvidenceContent(byte[] bytes) => Bytes = bytes;

    public int Id { get; private set; }
    public int EvidenceFileId { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}
