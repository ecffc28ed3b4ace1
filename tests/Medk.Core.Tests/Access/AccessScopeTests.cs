using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;

namespace Medk.Core.Tests.Access;

public class AccessScopeTests
{
    // A tiny tree: 1 federal / 2 region A (3 municipality A1 (5 school), 4 municipality A2 (6 school)), 7 region B; 8 institution in A.
    private const string Federal = "/1/";
    private const string RegionA = "/1/2/";
    private const string MunA1 = "/1/2/3/";
    private const string MunA2 = "/1/2/4/";
    private const string SchoolA1 = "/1/2/3/5/";
    private const string SchoolA2 = "/1/2/4/6/";
    private const string RegionB = "/1/7/";
    private const string InstitutionA = "/1/2/8/";

    private static AccessScope Scope(params RoleGrant[] grants) => new(grants);

    [Fact]
    public void MunicipalCoordinator_ReadsOwnSubtree_NotNeighbour()
    {
        var scope = Scope(RoleGrant.For(Role.MunicipalCoordinator, 3, MunA1, OrganizationKind.Authority));

        Assert.True(scope.CanRead(MunA1));
        Assert.True(scope.CanRead(SchoolA1));
        Assert.False(scope.CanRead(MunA2));
        Assert.False(scope.CanRead(SchoolA2));
        Assert.False(scope.CanRead(RegionB));
    }

    [Fact]
    public void MunicipalCoordinator_SeesRoadmapsAbove_ButCannotWriteThem()
    {
        var scope = Scope(RoleGrant.For(Role.MunicipalCoordinator, 3, MunA1, OrganizationKind.Authority));

        Assert.True(scope.CanReadRoadmapOf(RegionA));
        Assert.True(scope.CanReadRoadmapOf(Federal));
        Assert.False(scope.CanWriteRoadmapOf(RegionA));
        Assert.True(scope.CanWriteRoadmapOf(SchoolA1));
        Assert.False(scope.CanReadRoadmapOf(RegionB));
        Assert.False(scope.CanReadRoadmapOf(MunA2));
    }

    [Fact]
    public void RootPrefix_DoesNotMatchLongerSiblingIds()
    {
        // "/1/2/" must not cover "/1/23/": paths end with a slash for exactly this reason.
        var scope = Scope(RoleGrant.For(Role.RegionalCoordinator, 2, RegionA, OrganizationKind.Authority));

        Assert.False(scope.CanRead("/1/23/"));
        Assert.True(scope.CanRead("/1/2/"));
    }

    [Fact]
    public void Observer_ReadsButNeverWrites()
    {
        var scope = Scope(RoleGrant.For(Role.Observer, 2, RegionA, OrganizationKind.Authority));

        Assert.True(scope.CanRead(SchoolA2));
        Assert.False(scope.CanWriteRoadmapOf(RegionA));
        Assert.False(scope.CanWriteRoadmapOf(SchoolA2));
        Assert.False(scope.CanManageOrganization(MunA1));
    }

    [Fact]
    public void Curator_SeesOnlyAssignedSchools_AndRoadmapsAboveThem()
    {
        var scope = Scope(RoleGrant.For(Role.Curator, 3, MunA1, OrganizationKind.Authority, [SchoolA1]));

        Assert.True(scope.CanRead(SchoolA1));
        Assert.False(scope.CanRead(MunA1));
        Assert.True(scope.CanReadRoadmapOf(MunA1));
        Assert.False(scope.CanRead(SchoolA2));
        Assert.False(scope.CanWriteRoadmapOf(SchoolA1));
    }

    [Fact]
    public void CuratorWithoutSchools_SeesNothing()
    {
        var scope = Scope(RoleGrant.For(Role.Curator, 3, MunA1, OrganizationKind.Authority));

        Assert.Empty(scope.ReadableRoots);
        Assert.False(scope.CanRead(MunA1));
        Assert.False(scope.CanReadRoadmapOf(RegionA));
    }

    [Fact]
    public void RoleInInstitution_CoversTheTerritoryItIsAttachedTo_ButNotTheAuthorityItself()
    {
        var scope = Scope(RoleGrant.For(Role.RegionalCoordinator, 8, InstitutionA, OrganizationKind.Institution));

        Assert.True(scope.CanRead(SchoolA2));
        Assert.True(scope.CanRead(RegionA));
        Assert.True(scope.CanWriteRoadmapOf(MunA1));
        Assert.True(scope.CanWriteRoadmapOf(InstitutionA));
        Assert.True(scope.CanManageOrganization(SchoolA2));
        Assert.False(scope.CanWriteRoadmapOf(RegionA));
        Assert.False(scope.CanManageOrganization(RegionA));
        Assert.False(scope.CanRead(RegionB));
    }

    [Fact]
    public void RoleInInstitution_AndInTheAuthority_WritesTheAuthority()
    {
        var scope = Scope(RoleGrant.For(Role.RegionalCoordinator, 8, InstitutionA, OrganizationKind.Institution),
            RoleGrant.For(Role.RegionalCoordinator, 2, RegionA, OrganizationKind.Authority));

        Assert.True(scope.CanWriteRoadmapOf(RegionA));
        Assert.True(scope.CanManageOrganization(RegionA));
    }

    [Fact]
    public void SchoolTeam_WritesOwnSchoolOnly()
    {
        var scope = Scope(RoleGrant.For(Role.SchoolTeam, 5, SchoolA1, OrganizationKind.School));

        Assert.True(scope.CanWriteRoadmapOf(SchoolA1));
        Assert.False(scope.CanWriteRoadmapOf(MunA1));
        Assert.False(scope.CanWriteRoadmapOf(RegionA));
        Assert.True(scope.CanReadRoadmapOf(RegionA));
        Assert.False(scope.CanManageOrganization(SchoolA1));
    }

    [Fact]
    public void SeveralGrants_UnionWithoutNestedRoots()
    {
        var scope = Scope(
            RoleGrant.For(Role.RegionalCoordinator, 2, RegionA, OrganizationKind.Authority),
            RoleGrant.For(Role.Observer, 3, MunA1, OrganizationKind.Authority),
            RoleGrant.For(Role.Observer, 7, RegionB, OrganizationKind.Authority));

        Assert.Equal([RegionA, RegionB], scope.ReadableRoots.OrderBy(r => r));
        Assert.Equal([RegionA], scope.WritableRoots);
        Assert.True(scope.CanRead(RegionB));
        Assert.False(scope.CanWriteRoadmapOf(RegionB));
    }

    [Fact]
    public void Administrator_ReadsAndWritesEverything()
    {
        var scope = Scope(RoleGrant.For(Role.Administrator, 1, Federal, OrganizationKind.Authority));

        Assert.True(scope.CanRead(RegionB));
        Assert.True(scope.CanWriteRoadmapOf(SchoolA2));
        Assert.True(scope.CanManageUsers);
    }

    [Fact]
    public void NoGrants_NoAccess()
    {
        Assert.False(AccessScope.None.CanRead(Federal));
        Assert.False(AccessScope.None.CanReadRoadmapOf(Federal));
        Assert.False(AccessScope.None.CanManageUsers);
    }
}
