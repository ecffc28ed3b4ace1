using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Platform.Organizations;

namespace Medk.Core.Tests.Access;

public class RoleRulesTests
{
    [Theory]
    [InlineData(Role.RegionalCoordinator, OrganizationLevel.Region, true)]
    [InlineData(Role.RegionalCoordinator, OrganizationLevel.Municipality, false)]
    [InlineData(Role.MunicipalCoordinator, OrganizationLevel.Municipality, true)]
    [InlineData(Role.MunicipalCoordinator, OrganizationLevel.School, false)]
    [InlineData(Role.SchoolTeam, OrganizationLevel.School, true)]
    [InlineData(Role.SchoolTeam, OrganizationLevel.Region, false)]
    [InlineData(Role.Curator, OrganizationLevel.Municipality, true)]
    [InlineData(Role.Curator, OrganizationLevel.School, false)]
    [InlineData(Role.FederalCoordinator, OrganizationLevel.Federal, true)]
    [InlineData(Role.Administrator, OrganizationLevel.Region, false)]
    [InlineData(Role.Observer, OrganizationLevel.School, true)]
    [InlineData(Role.Expert, OrganizationLevel.Region, true)]
    public void Placement_FollowsTheRoleLevel(Role role, OrganizationLevel level, bool allowed)
    {
        Assert.Equal(allowed, RoleRules.CheckPlacement(role, level) is null);
    }

    [Fact]
    public void EnsurePlacement_ExplainsInRussian()
    {
        var e = Assert.Throws<DomainException>(() => RoleRules.EnsurePlacement(Role.SchoolTeam, OrganizationLevel.Region));
        Assert.Contains("школе", e.Message);
    }

    [Theory]
    [InlineData(Role.Observer, false)]
    [InlineData(Role.Expert, false)]
    [InlineData(Role.Curator, false)]
    [InlineData(Role.SchoolTeam, true)]
    [InlineData(Role.MunicipalCoordinator, true)]
    public void OnlyWritingRolesWrite(Role role, bool writes) => Assert.Equal(writes, RoleRules.CanWrite(role));
}
