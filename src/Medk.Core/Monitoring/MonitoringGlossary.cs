namespace Medk.Core.Monitoring;

/// <summary>
/// The Russian of monitoring's words for pages and exports; kept beside the rules it names rather than
/// in the shared <see cref="Glossary"/>.
/// </summary>
public static class MonitoringGlossary
{
    public static string Status(CheckpointStatus status) => status switch
    {
        CheckpointStatus.Planned => "Запланировано",
        CheckpointStatus.InProgress => "В работе",
        CheckpointStatus.UnderReview => "На проверке",
        CheckpointStatus.Done => "Выполнено",
        CheckpointStatus.Returned => "Возвращено на доработку",
        CheckpointStatus.Overdue => "Просрочено",
        CheckpointStatus.Cancelled => "Отменено",
        _ => status.ToString(),
    };

    public static string Action(CheckpointAction action) => action switch
    {
        CheckpointAction.Start => "Начать",
        CheckpointAction.Submit => "Отправить на проверку",
        CheckpointAction.Confirm => "Подтвердить",
        CheckpointAction.Return => "Вернуть на доработку",
        CheckpointAction.Resubmit => "Отправить повторно",
        CheckpointAction.Cancel => "Отменить",
        CheckpointAction.Reopen => "Возобновить",
        _ => action.ToString(),
    };

    /// <summary>A step in a report's or document's history, as its reader says it (the API keeps the enum name).</summary>
    public static string Decision(string kind) => kind switch
    {
        "Submitted" => "Отправлен на проверку",
        "Resubmitted" => "Отправлен повторно",
        "Confirmed" => "Подтверждён",
        "Returned" => "Возвращён на доработку",
        _ => kind,
    };

    public static string Status(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Черновик",
        ReportStatus.Submitted => "На проверке",
        ReportStatus.Returned => "Возвращён на доработку",
        ReportStatus.Confirmed => "Подтверждён",
        _ => status.ToString(),
    };

    public static string Zone(ColorZone zone) => zone switch
    {
        ColorZone.Green => "Зелёная зона",
        ColorZone.Yellow => "Жёлтая зона",
        ColorZone.Red => "Красная зона",
        ColorZone.None => "Нет данных",
        _ => zone.ToString(),
    };
}
