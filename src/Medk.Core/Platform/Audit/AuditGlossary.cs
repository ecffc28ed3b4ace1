namespace Medk.Core.Platform.Audit;

/// <summary>
/// The journal's words in Russian: kinds of objects, actions, channels and the names of properties, as the journal pages
/// show them (the API keeps the code words). Part of the one glossary (<see cref="Glossary"/> reads it here).
/// </summary>
public static class AuditGlossary
{
    private static readonly Dictionary<string, string> Kinds = new()
    {
        ["Account"] = "Учётная запись (вход)",
        ["Organization"] = "Организация",
        ["Person"] = "Сотрудник",
        ["MedkUser"] = "Пользователь",
        ["RoleAssignment"] = "Роль",
        ["CuratorAssignment"] = "Закрепление школы за куратором",
        ["ApiToken"] = "API-токен",
        ["NotificationSettings"] = "Настройки уведомлений",
        ["IdentityUserClaim`1"] = "Утверждение учётной записи",
        ["IdentityUserLogin`1"] = "Внешний вход",
        ["Roadmap"] = "Дорожная карта",
        ["RoadmapItem"] = "Пункт дорожной карты",
        ["ItemResponsible"] = "Ответственный за пункт",
        ["Checkpoint"] = "Контрольная точка",
        ["RoadmapRevision"] = "Редакция дорожной карты",
        ["ProgressReport"] = "Отчёт об исполнении",
        ["SubmissionDecision"] = "Решение по документу",
        ["StoredFile"] = "Файл",
        ["ReviewSample"] = "Выборка для экспертизы",
        ["ReviewAssignment"] = "Задание эксперту",
        ["RoadmapScore"] = "Оценка дорожной карты",
        ["Cycle"] = "Цикл проекта",
        ["CycleStage"] = "Этап цикла",
        ["Participant"] = "Школа — участник цикла",
        ["RiskFactor"] = "Фактор риска",
        ["RiskProfile"] = "Рисковый профиль",
        ["RiskProfileLevel"] = "Уровень риска",
        ["SurveyRound"] = "Анкетирование",
        ["SurveyParticipation"] = "Участие в анкетировании",
        ["ConceptDocument"] = "Концептуальный документ",
        ["StageOutcome"] = "Итог этапа",
        ["CuratorVisit"] = "Посещение куратора",
        ["CuratorReport"] = "Отчёт куратора",
        ["Practice"] = "Практика",
        ["ProjectEvent"] = "Мероприятие",
        ["EventOccurrence"] = "Дата мероприятия",
        ["EventInvitation"] = "Приглашение на мероприятие",
        ["AttendanceMark"] = "Отметка посещаемости",
    };

    /// <summary>Property names shared by many kinds of objects; a property is named once for all.</summary>
    private static readonly Dictionary<string, string> Properties = new()
    {
        ["Id"] = "Номер",
    };

    public static IReadOnlyCollection<string> KnownKinds => Kinds.Keys;

    public static string Kind(string entityType) => Kinds.GetValueOrDefault(entityType) ?? "Прочий объект";

    public static bool HasKind(string entityType) => Kinds.ContainsKey(entityType);

    public static bool HasProperty(string property) => Properties.ContainsKey(property);

    /// <summary>A property's Russian name; one not in the glossary yet is shown as «поле N» rather than in English.</summary>
    public static string Property(string property) =>
        Properties.GetValueOrDefault(property) ?? Properties.GetValueOrDefault(char.ToUpperInvariant(property[0]) + property[1..]) ?? "прочее поле";

    public static string Action(AuditAction action) => action switch
    {
        AuditAction.Created => "Создание",
        AuditAction.Modified => "Изменение",
        AuditAction.Deleted => "Удаление",
        AuditAction.SignedIn => "Вход",
        AuditAction.SignInFailed => "Неудачный вход",
        AuditAction.SignedOut => "Выход",
        AuditAction.AccessRefused => "Отказ в доступе",
        _ => action.ToString(),
    };

    public static string Channel(AuditChannel channel) => channel switch
    {
        AuditChannel.Page => "Страница",
        AuditChannel.Api => "API",
        AuditChannel.Cli => "Командная строка",
        AuditChannel.System => "Система",
        _ => channel.ToString(),
    };
}
