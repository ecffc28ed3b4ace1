using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring.Submissions;
using Medk.Core.Planning.Roadmaps;

namespace Medk.Core.Monitoring.Reporting;

/// <summary>
/// A report on one checkpoint (отчёт об исполнении) by the organization that carries the item out: text,
/// an indicator value and confirming documents. Saved as a draft, submitted, then confirmed or returned
/// by the curator or the coordinator of the level above; every decision is kept.
/// </summary>
public class ProgressReport
{
    public const int TextMaxLength = 8000;
    public const int CommentMaxLength = SubmissionDecision.CommentMaxLength;

    private readonly List<StoredFile> _files = [];
    private readonly List<SubmissionDecision> _decisions = [];

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
    public IReadOnlyList<StoredFile> Files => _files;
    public IReadOnlyList<SubmissionDecision> Decisions => _decisions;

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

    public void Attach(StoredFile file) =>
        Submission.Attach(Status, _files, file, EvidencePolicy.MaxFilesPerReport, "К отчёту");

    /// <summary>Takes a file off the draft; the caller deletes its bytes. Null when the report has no such file.</summary>
    public StoredFile? Detach(int fileId)
    {
        ReportWorkflow.EnsureEditable(Status);
        return Attachments.Remove(_files, fileId);
    }

    /// <summary>Writing a report on a planned checkpoint means the work has begun.</summary>
    public void Write(string? text, decimal? indicatorValue, Checkpoint checkpoint, DateOnly today, DateTimeOffset now)
    {
        EnsureMine(checkpoint);
        Write(text, indicatorValue, now);
        if (checkpoint.Status == CheckpointStatus.Planned)
        {
            checkpoint.Apply(CheckpointAction.Start, today);
        }
    }

    /// <summary>Hands the report to the curator and puts its checkpoint under review, the two together.</summary>
    public void Submit(Checkpoint checkpoint, Guid by, string byName, DateOnly today, DateTimeOffset now)
    {
        EnsureMine(checkpoint);
        var resubmission = Status == ReportStatus.Returned;
        Submit(by, byName, now);
        checkpoint.Apply(resubmission ? CheckpointAction.Resubmit : CheckpointAction.Submit, today);
    }

    /// <summary>A confirmed report makes its checkpoint done; a returned one sends it back with the curator's comment.</summary>
    public void Decide(Checkpoint checkpoint, bool confirm, Guid by, string byName, string? comment, DateOnly today, DateTimeOffset now)
    {
        EnsureMine(checkpoint);
        if (confirm)
        {
            Confirm(by, byName, comment, now);
            checkpoint.Apply(CheckpointAction.Confirm, today);
        }
        else
        {
            Return(by, byName, comment, now);
            checkpoint.Apply(CheckpointAction.Return, today, comment);
        }
    }

    public void Submit(Guid by, string byName, DateTimeOffset now)
    {
        Status = Submission.Submit(Status, new ReportContent(Text, _files.Count, IndicatorValue), _decisions, by, byName, now);
        SubmittedAt = now;
        UpdatedAt = now;
    }

    public void Confirm(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        Status = Submission.Confirm(Status, _decisions, by, byName, comment, now);
        UpdatedAt = now;
    }

    public void Return(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        Status = Submission.Return(Status, _decisions, by, byName, comment, now);
        UpdatedAt = now;
    }

    private void EnsureMine(Checkpoint checkpoint)
    {
        if (checkpoint.Id != CheckpointId)
        {
            throw new ArgumentException("The checkpoint is not the one this report is on.", nameof(checkpoint));
        }
    }
}
