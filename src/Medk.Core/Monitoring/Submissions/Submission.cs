using Medk.Core.Common;

namespace Medk.Core.Monitoring.Submissions;

public enum DecisionKind
{
    Submitted,
    Resubmitted,
    Confirmed,
    Returned,
}

/// <summary>Who did what with a submitted document, and when: the history the confirming level and the author both see.</summary>
public sealed class SubmissionDecision
{
    public const int ByNameMaxLength = 200;
    public const int CommentMaxLength = 2000;

    private SubmissionDecision()
    {
    }

    public SubmissionDecision(DecisionKind kind, Guid byUserId, string byName, DateTimeOffset at, string? comment)
    {
        Kind = kind;
        ByUserId = byUserId;
        ByName = byName.Length > ByNameMaxLength ? byName[..ByNameMaxLength] : byName;
        At = at;
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        Comment = comment is { Length: > CommentMaxLength } ? comment[..CommentMaxLength] : comment;
    }

    public int Id { get; private set; }
    public DecisionKind Kind { get; private set; }
    public Guid ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string? Comment { get; private set; }
}

/// <summary>
/// The submit / confirm / return steps of a document that one person submits and another confirms or returns
/// (<see cref="ReportWorkflow"/> says which steps are allowed): each step returns the new status and writes the
/// decision into the owner's history, so the owners (a progress report, a concept document) keep only their own
/// rules about what must be there before submitting.
/// </summary>
public static class Submission
{
    public static ReportStatus Submit(ReportStatus from, ReportContent content, List<SubmissionDecision> history, Guid by, string byName, DateTimeOffset now)
    {
        var to = ReportWorkflow.Submit(from, content);
        history.Add(new SubmissionDecision(from == ReportStatus.Returned ? DecisionKind.Resubmitted : DecisionKind.Submitted, by, byName, now, null));
        return to;
    }

    public static ReportStatus Confirm(ReportStatus from, List<SubmissionDecision> history, Guid by, string byName, string? comment, DateTimeOffset now)
    {
        var to = ReportWorkflow.Confirm(from);
        history.Add(new SubmissionDecision(DecisionKind.Confirmed, by, byName, now, comment));
        return to;
    }

    /// <summary>Returning needs a comment (<see cref="ReportWorkflow.Return"/>): the author must know what to fix.</summary>
    public static ReportStatus Return(ReportStatus from, List<SubmissionDecision> history, Guid by, string byName, string? comment, DateTimeOffset now)
    {
        var to = ReportWorkflow.Return(from, comment);
        history.Add(new SubmissionDecision(DecisionKind.Returned, by, byName, now, comment));
        return to;
    }

    /// <summary>Files change only while the author may edit the document: the checker confirms exactly what they read.</summary>
    public static void Attach(ReportStatus status, List<StoredFile> files, StoredFile file, int max, string noun)
    {
        ReportWorkflow.EnsureEditable(status);
        Attachments.Add(files, file, max, noun);
    }
}
