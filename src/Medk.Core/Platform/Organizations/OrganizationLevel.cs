namespace Medk.Core.Platform.Organizations;

/// <summary>The four levels of the «500+» project. The order matters: a child is never above its parent.</summary>
public enum OrganizationLevel
{
    Federal = 0,
    Region = 1,
    Municipality = 2,
    School = 3,
}

/// <summary>What an organization is within its level.</summary>
public enum OrganizationKind
{
    /// <summary>The education authority of a territory (ФИОКО's level, a ministry, an МОУО).</summary>
    Authority = 0,

    /// <summary>A support institution attached to a level: ИРО, ЦОКО, ИМЦ, стажировочная площадка.</summary>
    Institution = 1,

    /// <summary>A general education organization (ОО).</summary>
    School = 2,
}
