namespace Medk.Core.Platform.Notifications;

/// <summary>What a notification tells about. Stored by name, so the order may change.</summary>
public enum NotificationKind
{
    ReportSubmitted,
    ReportConfirmed,
    ReportReturned,
    CheckpointDue,
    CheckpointOverdue,
    ExpertAssigned,
    PracticeToModerate,
    PracticeDecided,
    ConceptDocument,
    CuratorAppointed,
    RoadmapChanged,
    EventInvitation,
    WeeklyDigest,
}

public static class NotificationGlossary
{
    /// <summary>The kind as a person reads it on the list page and in e-mail settings.</summary>
    public static string Kind(NotificationKind kind) => kind switch
    {
        NotificationKind.ReportSubmitted => "Отчёт ждёт подтверждения",
        NotificationKind.ReportConfirmed => "Отчёт подтверждён",
        NotificationKind.ReportReturned => "Отчёт возвращён на доработку",
        NotificationKind.CheckpointDue => "Приближается срок",
        NotificationKind.CheckpointOverdue => "Срок пропущен",
        NotificationKind.ExpertAssigned => "Назначена экспертиза",
        NotificationKind.PracticeToModerate => "Практика ждёт модерации",
        NotificationKind.PracticeDecided => "Решение по практике",
        NotificationKind.ConceptDocument => "Концептуальный документ",
        NotificationKind.CuratorAppointed => "Назначен куратор",
        NotificationKind.RoadmapChanged => "Дорожная карта утверждена или изменена",
        NotificationKind.EventInvitation => "Приглашение на мероприятие",
        NotificationKind.WeeklyDigest => "Сводка на неделю",
        _ => kind.ToString(),
    };
}
