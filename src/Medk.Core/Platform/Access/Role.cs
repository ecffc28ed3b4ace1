namespace Medk.Core.Platform.Access;

/// <summary>The roles a person holds in an organization. Stored by name, so the order may change.</summary>
public enum Role
{
    Administrator,
    FederalCoordinator,
    RegionalCoordinator,
    MunicipalCoordinator,
    Curator,
    SchoolTeam,
    Expert,
    Observer,
}
