using Medk.Core.Common;

namespace Medk.Core.Monitoring;

/// <summary>A report on a checkpoint: written by the school, checked by the curator.</summary>
public enum ReportStatus
{
    Draft,
    Submitted,
    Returned,
    Confirmed,
}

/// <summary>
/// What a report carries, reduced to what the workflow needs to know: whether there is anything to check.
/// </summary>
/// <param name="EvidenceFiles">The number of confirming documents (подтверждающие документы) attached.</param>
public sealed record ReportContent(string? Text, int EvidenceFiles, decimal? IndicatorValue)
{
    /// <summary>
    /// Any one kind of proof is enough: a webinar is proved by a file, a survey by a share, a visit by a few lines.
    /// </summary>
    public bool HasSomething => !string.IsNullOrWhiteSpace(Text) || EvidenceFiles > 0 || IndicatorValue is not null;
}

/// <summary>
/// черновик → на проверке → подтверждён, with «возвращён на доработку» as the way back. Once a curator
/// has confirmed a report it is a record of what was accepted, so it never changes again.
/// </summary>
public static class ReportWorkflow
{
    /// <summary>Draft or returned → submitted, provided there is something for the curator to check.</summary>
    public static ReportStatus Submit(ReportStatus from, ReportContent content)
    {
        if (from == ReportStatus.Submitted)
        {
            throw new DomainException("Отчёт уже на проверке.");
        }
        EnsureNotConfirmed(from);
        if (!content.HasSomething)
        {
            throw new DomainException("Отчёт пуст: добавьте текст, подтверждающий документ или значение показателя.");
        }
        return ReportStatus.Submitted;
    }

    public static ReportStatus Confirm(ReportStatus from)
    {
        EnsureNotConfirmed(from);
        EnsureSubmitted(from, "Подтвердить");
        return ReportStatus.Confirmed;
    }

    /// <summary>The comment is required: a school cannot fix a report without knowing what is wrong with it.</summary>
    public static ReportStatus Return(ReportStatus from, string? comment)
    {
        EnsureNotConfirmed(from);
        EnsureSubmitted(from, "Вернуть");
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Укажите, что нужно доработать.", "comment");
        }
        return ReportStatus.Returned;
    }

    public static bool CanEdit(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>A report under review is frozen so that the curator confirms exactly what they read.</summary>
    public static void EnsureEditable(ReportStatus status)
    {
        if (status == ReportStatus.Confirmed)
        {
            throw new DomainException("Подтверждённый отчёт изменить нельзя.");
        }
        if (status == ReportStatus.Submitted)
        {
            throw new DomainException("Отчёт на проверке: изменить его можно, если куратор вернёт его на доработку.");
        }
    }

    private static void EnsureNotConfirmed(ReportStatus status)
    {
        if (status == ReportStatus.Confirmed)
        {
            throw new DomainException("Отчёт уже подтверждён.");
        }
    }

    private static void EnsureSubmitted(ReportStatus status, string verb)
    {
        if (status != ReportStatus.Submitted)
        {
            throw new DomainException($"{verb} можно только отправленный на проверку отчёт.");
        }
    }
}
