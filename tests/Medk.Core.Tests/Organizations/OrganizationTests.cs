using Medk.Core.Common;
using Medk.Core.Platform.Organizations;

namespace Medk.Core.Tests.Organizations;

public class OrganizationTests
{
    [Theory]
    [InlineData(OrganizationLevel.Region, OrganizationKind.Authority, OrganizationLevel.Federal, true)]
    [InlineData(OrganizationLevel.Municipality, OrganizationKind.Authority, OrganizationLevel.Region, true)]
    [InlineData(OrganizationLevel.School, OrganizationKind.School, OrganizationLevel.Municipality, true)]
    [InlineData(OrganizationLevel.School, OrganizationKind.School, OrganizationLevel.Region, true)]
    [InlineData(OrganizationLevel.Region, OrganizationKind.Institution, OrganizationLevel.Region, true)]
    [InlineData(OrganizationLevel.Municipality, OrganizationKind.Authority, OrganizationLevel.Federal, false)]
    [InlineData(OrganizationLevel.Region, OrganizationKind.Institution, OrganizationLevel.Municipality, false)]
    [InlineData(OrganizationLevel.Region, OrganizationKind.Authority, OrganizationLevel.Municipality, false)]
    public void Placement_UnderAuthority(OrganizationLevel level, OrganizationKind kind, OrganizationLevel parentLevel, bool allowed)
    {
        Assert.Equal(allowed, OrganizationRules.Check(level, kind, parentLevel, OrganizationKind.Authority) is null);
    }

    [Fact]
    public void NothingHangsUnderASchool()
    {
        Assert.NotNull(OrganizationRules.Check(OrganizationLevel.School, OrganizationKind.Institution, OrganizationLevel.School, OrganizationKind.School));
    }

    [Fact]
    public void OnlyFederalAuthorityIsARoot()
    {
        Assert.Null(OrganizationRules.Check(OrganizationLevel.Federal, OrganizationKind.Authority, null, null));
        Assert.NotNull(OrganizationRules.Check(OrganizationLevel.Region, OrganizationKind.Authority, null, null));
    }

    [Theory]
    [InlineData(OrganizationLevel.Region, OrganizationKind.Authority, OrganizationLevel.Municipality)]
    [InlineData(OrganizationLevel.Region, OrganizationKind.Institution, OrganizationLevel.Region)]
    [InlineData(OrganizationLevel.Municipality, OrganizationKind.School, OrganizationLevel.School)]
    public void ChildLevel_FollowsKind(OrganizationLevel parent, OrganizationKind kind, OrganizationLevel expected) =>
        Assert.Equal(expected, OrganizationRules.ChildLevel(parent, kind));

    [Fact]
    public void SearchText_FoldsCaseYoAndQuotes()
    {
        var root = new Organization(OrganizationLevel.Federal, OrganizationKind.Authority, "Министерство просвещения", "Минпросвещения", null);
        var org = new Organization(OrganizationLevel.Region, OrganizationKind.Authority, "Министерство образования и науки Республики Калмыкия", "Республика Калмыкия", root);
        org.SetAliases(["МОиН РК", "«КРИПКРО»"]);

        Assert.Contains("моин рк", org.SearchText);
        Assert.Contains("крипкро", org.SearchText);
        Assert.DoesNotContain("«", org.SearchText);
        Assert.True(org.IsNamed("моин  рк"));
        Assert.Equal("центр развития детей и молодежи", SearchText.Fold("Центр  развития детей и МОЛОДЁЖИ"));
    }

    [Fact]
    public void Aliases_TrimmedDeduplicatedAndBounded()
    {
        var root = new Organization(OrganizationLevel.Federal, OrganizationKind.Authority, "Минпросвещения", "", null);
        root.SetAliases([" РУО ", "руо", "", "ИМЦ"]);

        Assert.Equal(["РУО", "ИМЦ"], root.Aliases);
        Assert.Throws<DomainException>(() => root.SetAliases(Enumerable.Range(0, Organization.MaxAliases + 1).Select(i => "A" + i)));
    }

    [Fact]
    public void Code_MustBeDigits()
    {
        var root = new Organization(OrganizationLevel.Federal, OrganizationKind.Authority, "Минпросвещения", "", null);
        var e = Assert.Throws<DomainException>(() => root.SetCode("12AB"));
        Assert.Equal("code", e.Field);
        root.SetCode(" 7701234567 ");
        Assert.Equal("7701234567", root.Code);
    }

    [Fact]
    public void EmptyShortName_FallsBackToFullName()
    {
        var root = new Organization(OrganizationLevel.Federal, OrganizationKind.Authority, "Минпросвещения России", "  ", null);
        Assert.Equal("Минпросвещения России", root.ShortName);
    }

    [Fact]
    public void Path_AncestorsAndIds()
    {
        Assert.Equal(["/1/", "/1/5/"], OrganizationPath.Ancestors("/1/5/23/"));
        Assert.Empty(OrganizationPath.Ancestors("/1/"));
        Assert.Equal([1, 5, 23], OrganizationPath.Ids("/1/5/23/"));
        Assert.Equal("/1/5/23/", OrganizationPath.Child("/1/5/", 23));
        Assert.Equal("/9/", OrganizationPath.Child(null, 9));
    }

    [Theory]
    [InlineData("Ефимова Ольга Александровна", "Ефимова О.А.")]
    [InlineData("Жигулина М. Л.", "Жигулина М. Л.")]
    [InlineData("Магон", "Магон")]
    public void PersonShortName(string full, string expected) => Assert.Equal(expected, PersonName.Short(full));
}
