using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;

namespace Medk.Core;

/// <summary>
/// The one mapping from the code's English vocabulary to the Russian of the pages and documents.
/// </summary>
public static class Glossary
{
    public static string Level(OrganizationLevel level) => level switch
    {
        OrganizationLevel.Federal => "Федеральный",
        OrganizationLevel.Region => "Региональный",
        OrganizationLevel.Municipality => "Муниципальный",
        OrganizationLevel.School => "Школа",
        _ => level.ToString(),
    };

    public static string Kind(OrganizationKind kind) => kind switch
    {
        OrganizationKind.Authority => "Орган управления",
        OrganizationKind.Institution => "Учреждение",
        OrganizationKind.School => "Школа",
        _ => kind.ToString(),
    };

    /// <summary>Role names live beside the role rules, so that adding a role touches the access folder only.</summary>
    public static string Role(Role role) => RoleRules.Name(role);

    /// <summary>A field of an item as a correction names it: «срок», «ответственные».</summary>
    public static string Field(ItemField field) => field switch
    {
        ItemField.Number => "номер",
        ItemField.Kind => "вид строки",
        ItemField.Text => "мероприятие",
        ItemField.Deadline => "срок",
        ItemField.Responsible => "ответственные",
        ItemField.Result => "результат",
        ItemField.Levels => "уровни реализации",
        _ => field.ToString(),
    };

    public static string Status(RoadmapStatus status) => status switch
    {
        RoadmapStatus.Draft => "Черновик",
        RoadmapStatus.Approved => "Утверждена",
        RoadmapStatus.InProgress => "Исполняется",
        RoadmapStatus.Completed => "Завершена",
        _ => status.ToString(),
    };

    public static string Transition(RoadmapTransition transition) => transition switch
    {
        RoadmapTransition.Approve => "Утвердить",
        RoadmapTransition.Start => "Начать исполнение",
        RoadmapTransition.Complete => "Завершить",
        RoadmapTransition.ReturnToDraft => "Вернуть в черновик",
        _ => transition.ToString(),
    };

    public static string ImplementationLevel(ImplementationLevels level) => level switch
    {
        ImplementationLevels.Federal => "федеральный",
        ImplementationLevels.Regional => "региональный",
        ImplementationLevels.Municipal => "муниципальный",
        ImplementationLevels.Institutional => "институциональный",
        _ => level.ToString(),
    };

    public static string ImplementationLevelsText(ImplementationLevels levels) =>
        string.Join(", ", Enum.GetValues<ImplementationLevels>()
            .Where(l => l != ImplementationLevels.None && levels.HasFlag(l))
            .Select(ImplementationLevel));

    /// <summary>
    /// The Russian word of any value a person may meet outside its own page (the audit journal shows changed fields):
    /// the one place that knows which glossary names which enumeration. Null for a value no glossary names.
    /// </summary>
    public static string? Word(Enum value) => value switch
    {
        OrganizationLevel l => Level(l),
        OrganizationKind k => Kind(k),
        Platform.Access.Role r => Role(r),
        RoadmapStatus s => Status(s),
        ImplementationLevels i => i == ImplementationLevels.None ? "не указан" : ImplementationLevelsText(i),
        Monitoring.CheckpointStatus c => Monitoring.MonitoringGlossary.Status(c),
        Monitoring.CheckpointAction a => Monitoring.MonitoringGlossary.Action(a),
        Monitoring.ReportStatus r => Monitoring.MonitoringGlossary.Status(r),
        Monitoring.ColorZone z => Monitoring.MonitoringGlossary.Zone(z),
        FiveHundredPlus.Concepts.ConceptKind k => FiveHundredPlus.Concepts.ConceptGlossary.Kind(k),
        FiveHundredPlus.Curators.VisitFormat f => FiveHundredPlus.Curators.CuratorGlossary.Format(f),
        FiveHundredPlus.Curators.CuratorReportStatus s => FiveHundredPlus.Curators.CuratorGlossary.Status(s),
        FiveHundredPlus.Cycles.StageKind k => FiveHundredPlus.Cycles.CycleGlossary.Stage(k),
        FiveHundredPlus.Events.EventKind k => FiveHundredPlus.Events.EventGlossary.Kind(k),
        FiveHundredPlus.Practices.PracticeStatus s => FiveHundredPlus.Practices.PracticeGlossary.Status(s),
        FiveHundredPlus.Risks.RiskLevel l => FiveHundredPlus.Risks.RiskLevels.Name(l),
        FiveHundredPlus.Surveys.SurveyGroup g => FiveHundredPlus.Surveys.SurveyGroups.Name(g),
        Platform.Notifications.NotificationKind k => Platform.Notifications.NotificationGlossary.Kind(k),
        Monitoring.Submissions.DecisionKind d => Monitoring.MonitoringGlossary.Decision(d.ToString()),
        Monitoring.Reviews.ReviewVerdict v => v == Monitoring.Reviews.ReviewVerdict.Confirmed ? "подтверждено" : "не подтверждено",
        Monitoring.Evidence.EvidenceKind e => e switch
        {
            Monitoring.Evidence.EvidenceKind.Pdf => "документ PDF",
            Monitoring.Evidence.EvidenceKind.Word => "документ Word",
            Monitoring.Evidence.EvidenceKind.Excel => "таблица Excel",
            Monitoring.Evidence.EvidenceKind.PowerPoint => "презентация",
            Monitoring.Evidence.EvidenceKind.OpenDocument => "документ OpenDocument",
            Monitoring.Evidence.EvidenceKind.Image => "изображение",
            Monitoring.Evidence.EvidenceKind.Archive => "архив",
            _ => null,
        },
        Planning.Indicators.IndicatorKind k => k switch
        {
            Planning.Indicators.IndicatorKind.Share => "доля",
            Planning.Indicators.IndicatorKind.Count => "количество",
            Planning.Indicators.IndicatorKind.Result => "результат",
            _ => null,
        },
        Planning.Indicators.Comparator c => c switch
        {
            Planning.Indicators.Comparator.Equal => "равно",
            Planning.Indicators.Comparator.AtLeast => "не менее",
            Planning.Indicators.Comparator.AtMost => "не более",
            _ => null,
        },
        Planning.Schedules.ScheduleKind k => k switch
        {
            Planning.Schedules.ScheduleKind.Date => "дата",
            Planning.Schedules.ScheduleKind.Due => "срок «до»",
            Planning.Schedules.ScheduleKind.Range => "период с… по…",
            Planning.Schedules.ScheduleKind.Dates => "несколько дат",
            Planning.Schedules.ScheduleKind.Recurring => "повторяется",
            Planning.Schedules.ScheduleKind.Period => "весь период",
            Planning.Schedules.ScheduleKind.External => "по графику другой организации",
            Planning.Schedules.ScheduleKind.Unknown => "не распознан",
            _ => null,
        },
        _ => null,
    };
}
