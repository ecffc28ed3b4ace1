using Medk.Core.Common;

namespace Medk.Core.Platform.Organizations;

/// <summary>Where a node may stand in the tree.</summary>
public static class OrganizationRules
{
    /// <summary>The level a new child of this kind takes under a parent of the given level.</summary>
    public static OrganizationLevel ChildLevel(OrganizationLevel parentLevel, OrganizationKind kind) => kind switch
    {
        OrganizationKind.School => OrganizationLevel.School,
        OrganizationKind.Institution => parentLevel,
        _ => parentLevel == OrganizationLevel.School ? OrganizationLevel.School : parentLevel + 1,
    };

    public static void EnsureCanBeChild(OrganizationLevel level, OrganizationKind kind, Organization? parent)
    {
        var error = Check(level, kind, parent?.Level, parent?.Kind);
        if (error is not null)
        {
            throw new DomainException(error);
        }
    }

    /// <summary>Returns null when the placement is allowed, otherwise the reason in Russian.</summary>
    public static string? Check(OrganizationLevel level, OrganizationKind kind, OrganizationLevel? parentLevel, OrganizationKind? parentKind)
    {
        if (kind == OrganizationKind.School && level != OrganizationLevel.School)
        {
            return "Школа относится к уровню «Школа».";
        }
        if (level == OrganizationLevel.School && kind == OrganizationKind.Authority)
        {
            return "На уровне школы нет органов управления: выберите вид «Школа» или «Учреждение».";
        }
        if (parentLevel is null)
        {
            return level == OrganizationLevel.Federal && kind == OrganizationKind.Authority
                ? null
                : "Без вышестоящей организации может быть только федеральный уровень.";
        }
        if (parentKind != OrganizationKind.Authority)
        {
            return "Вышестоящей может быть только организация-орган управления (федеральный, региональный или муниципальный уровень).";
        }
        if (kind == OrganizationKind.Institution)
        {
            // A support institution belongs to the level of the authority it is attached to.
            return level == parentLevel ? null : "Учреждение относится к уровню той организации, к которой прикреплено.";
        }
        return (level, parentLevel) switch
        {
            (OrganizationLevel.Region, OrganizationLevel.Federal) => null,
            (OrganizationLevel.Municipality, OrganizationLevel.Region) => null,
            (OrganizationLevel.School, OrganizationLevel.Municipality) => null,
            // Schools of regional subordination hang directly under the region.
            (OrganizationLevel.School, OrganizationLevel.Region) => null,
            _ => $"Организация уровня «{Glossary.Level(level)}» не может входить в организацию уровня «{Glossary.Level(parentLevel.Value)}».",
        };
    }
}
