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
}
