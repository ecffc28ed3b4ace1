using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Risks;

namespace Medk.Core.Tests.FiveHundredPlus.Risks;

public class RiskProfileTests
{
    private const int Equipment = 1;
    private const int Staff = 2;
    private const int Motivation = 3;
    private static readonly int[] Factors = [Equipment, Staff, Motivation];
    private static readonly Guid Curator = Guid.Parse("c0000000-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset Created = new(2022, 2, 15, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset Later = Created.AddDays(3);

    private static RiskProfile Empty() => new(cycleId: 5, schoolId: 41, Created);

    private static RiskProfile Complete(RiskLevel equipment = RiskLevel.High, RiskLevel staff = RiskLevel.Medium, RiskLevel motivation = RiskLevel.None)
    {
        var profile = Empty();
        profile.SetLevels(new Dictionary<int, RiskLevel> { [Equipment] = equipment, [Staff] = staff, [Motivation] = motivation }, Factors, Created);
        return profile;
    }

    private static RiskLevel LevelOf(RiskProfile profile, int factor) => profile.Levels.Single(l => l.FactorId == factor).Level;

    private static int[] Active(RiskProfile profile) => [.. profile.Levels.Where(l => l.Activated).Select(l => l.FactorId).Order()];

    [Fact]
    public void New_IsOpenAndEmpty()
    {
        var profile = Empty();
        Assert.Equal((5, 41, Created), (profile.CycleId, profile.SchoolId, profile.UpdatedAt));
        Assert.Empty(profile.Levels);
        Assert.False(profile.IsVerified);
        Assert.Null(profile.VerifiedById);
    }

    [Fact]
    public void SetLevels_AddsNewAndReplacesGiven_LeavingOthersAsTheyAre()
    {
        var profile = Complete();
        profile.SetLevels(new Dictionary<int, RiskLevel> { [Staff] = RiskLevel.Low }, Factors, Later);

        Assert.Equal(RiskLevel.High, LevelOf(profile, Equipment));
        Assert.Equal(RiskLevel.Low, LevelOf(profile, Staff));
        Assert.Equal(RiskLevel.None, LevelOf(profile, Motivation));
        Assert.Equal(3, profile.Levels.Count);
        Assert.Equal(Later, profile.UpdatedAt);
    }

    [Fact]
    public void SetLevels_FactorOfAnotherCycle_IsRefused()
    {
        var profile = Empty();
        var e = Assert.Throws<DomainException>(() => profile.SetLevels(new Dictionary<int, RiskLevel> { [77] = RiskLevel.High }, Factors, Later));
        Assert.Equal("levels", e.Field);
        Assert.Contains("Такого фактора риска нет в этом цикле", e.Message);
        Assert.Empty(profile.Levels);
    }

    [Fact]
    public void SetLevels_UnknownLevel_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Empty().SetLevels(new Dictionary<int, RiskLevel> { [Equipment] = (RiskLevel)9 }, Factors, Later));
        Assert.Equal("levels", e.Field);
        Assert.Contains("высокий, средний, низкий или не выявлен", e.Message);
    }

    [Fact]
    public void SetLevels_OneBadEntry_ChangesNothing()
    {
        var profile = Complete();
        var levels = new Dictionary<int, RiskLevel> { [Equipment] = RiskLevel.Low, [77] = RiskLevel.High };

        Assert.Throws<DomainException>(() => profile.SetLevels(levels, Factors, Later));
        Assert.Equal(RiskLevel.High, LevelOf(profile, Equipment));
        Assert.Equal(Created, profile.UpdatedAt);
    }

    [Fact]
    public void SetLevels_Nothing_OnlyTouchesTheProfile()
    {
        var profile = Complete();
        profile.SetLevels(new Dictionary<int, RiskLevel>(), Factors, Later);
        Assert.Equal(3, profile.Levels.Count);
        Assert.Equal(Later, profile.UpdatedAt);
    }

    [Fact]
    public void Activate_FoundRisks_ActivatesThemAndDeactivatesTheRest()
    {
        var profile = Complete(RiskLevel.High, RiskLevel.Low, RiskLevel.Medium);
        profile.Activate([Equipment, Staff], Created);
        profile.Activate([Motivation], Later);

        Assert.Equal([Motivation], Active(profile));
        Assert.Equal(Later, profile.UpdatedAt);
    }

    [Fact]
    public void Activate_Nothing_DeactivatesEveryDirection()
    {
        var profile = Complete();
        profile.Activate([Equipment, Staff], Created);
        profile.Activate([], Later);
        Assert.Empty(Active(profile));
    }

    [Fact]
    public void Activate_FactorWithoutLevel_IsRefused()
    {
        var profile = Empty();
        profile.SetLevels(new Dictionary<int, RiskLevel> { [Equipment] = RiskLevel.High }, Factors, Created);

        var e = Assert.Throws<DomainException>(() => profile.Activate([Equipment, Staff], Later));
        Assert.Equal("factorIds", e.Field);
        Assert.Contains("Сначала укажите уровень риска", e.Message);
        Assert.Empty(Active(profile));
    }

    [Fact]
    public void Activate_RiskNotFound_IsRefusedAndKeepsEarlierActivation()
    {
        var profile = Complete(RiskLevel.High, RiskLevel.Medium, RiskLevel.None);
        profile.Activate([Equipment], Created);

        var e = Assert.Throws<DomainException>(() => profile.Activate([Staff, Motivation], Later));
        Assert.Equal("factorIds", e.Field);
        Assert.Contains("только выявленные", e.Message);
        Assert.Equal([Equipment], Active(profile));
        Assert.Equal(Created, profile.UpdatedAt);
    }

    [Fact]
    public void SetLevels_ActiveRiskBecomesNotFound_IsDeactivated()
    {
        var profile = Complete(RiskLevel.High, RiskLevel.Medium);
        profile.Activate([Equipment, Staff], Created);
        profile.SetLevels(new Dictionary<int, RiskLevel> { [Equipment] = RiskLevel.None, [Staff] = RiskLevel.Low }, Factors, Later);

        // Staff stays active: a low risk is still a found one.
        Assert.Equal([Staff], Active(profile));
    }

    [Fact]
    public void Verify_CompleteProfile_IsLockedWithWhoAndWhen()
    {
        var profile = Complete();
        profile.Verify(Curator, Factors.Length, Later);

        Assert.True(profile.IsVerified);
        Assert.Equal(Curator, profile.VerifiedById);
        Assert.Equal(Later, profile.VerifiedAt);
    }

    [Fact]
    public void Verify_WithoutALevelForEveryFactor_IsRefused()
    {
        var profile = Empty();
        profile.SetLevels(new Dictionary<int, RiskLevel> { [Equipment] = RiskLevel.High, [Staff] = RiskLevel.None }, Factors, Created);

        var e = Assert.Throws<DomainException>(() => profile.Verify(Curator, Factors.Length, Later));
        Assert.Equal("levels", e.Field);
        Assert.Contains("полный профиль", e.Message);
        Assert.False(profile.IsVerified);
    }

    [Fact]
    public void Verify_Twice_IsRefused()
    {
        var profile = Complete();
        profile.Verify(Curator, Factors.Length, Created);
        var e = Assert.Throws<DomainException>(() => profile.Verify(Guid.NewGuid(), Factors.Length, Later));

        Assert.Equal("Профиль уже проверен.", e.Message);
        Assert.Equal(Curator, profile.VerifiedById);
        Assert.Equal(Created, profile.VerifiedAt);
    }

    [Fact]
    public void Verified_RefusesNewLevels()
    {
        var profile = Complete();
        profile.Verify(Curator, Factors.Length, Created);

        var e = Assert.Throws<DomainException>(() => profile.SetLevels(new Dictionary<int, RiskLevel> { [Equipment] = RiskLevel.Low }, Factors, Later));
        Assert.Equal("profile", e.Field);
        Assert.Contains("закрыт для правки", e.Message);
        Assert.Contains("куратора", e.Message);
        Assert.Equal(RiskLevel.High, LevelOf(profile, Equipment));
    }

    [Fact]
    public void Verified_RefusesActivation()
    {
        var profile = Complete();
        profile.Verify(Curator, Factors.Length, Created);
        Assert.Throws<DomainException>(() => profile.Activate([Equipment], Later));
        Assert.Empty(Active(profile));
    }

    [Fact]
    public void Reopen_Verified_OpensItForEditingAgain()
    {
        var profile = Complete();
        profile.Activate([Equipment], Created);
        profile.Verify(Curator, Factors.Length, Created);
        profile.Reopen(Later);

        Assert.False(profile.IsVerified);
        Assert.Null(profile.VerifiedById);
        Assert.Null(profile.VerifiedAt);
        Assert.Equal(Later, profile.UpdatedAt);
        Assert.Equal([Equipment], Active(profile));

        profile.SetLevels(new Dictionary<int, RiskLevel> { [Motivation] = RiskLevel.Low }, Factors, Later);
        profile.Verify(Curator, Factors.Length, Later);
        Assert.True(profile.IsVerified);
    }

    [Fact]
    public void Reopen_NotVerified_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Complete().Reopen(Later));
        Assert.Equal("profile", e.Field);
        Assert.Contains("ещё не проверен", e.Message);
    }

    [Theory]
    [InlineData("высокий", RiskLevel.High)]
    [InlineData("Высокий.", RiskLevel.High)]
    [InlineData("в", RiskLevel.High)]
    [InlineData("С", RiskLevel.Medium)]
    [InlineData(" средний ", RiskLevel.Medium)]
    [InlineData("н", RiskLevel.Low)]
    [InlineData("НИЗКИЙ", RiskLevel.Low)]
    [InlineData("не выявлен", RiskLevel.None)]
    [InlineData("Не  выявлен", RiskLevel.None)]
    [InlineData("нет", RiskLevel.None)]
    [InlineData("-", RiskLevel.None)]
    [InlineData("—", RiskLevel.None)]
    [InlineData("–", RiskLevel.None)]
    [InlineData("medium", RiskLevel.Medium)]
    public void Parse_AsWrittenInTheTables_ReadsTheLevel(string text, RiskLevel level) =>
        Assert.Equal(level, RiskLevels.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("очень высокий")]
    [InlineData("2")]
    public void Parse_NotALevel_IsNull(string? text) =>
        Assert.Null(RiskLevels.Parse(text));

    [Fact]
    public void Parse_EveryLevelName_ReadsBackAsThatLevel() =>
        Assert.All(Enum.GetValues<RiskLevel>(), l => Assert.Equal(l, RiskLevels.Parse(RiskLevels.Name(l))));

    [Theory]
    [InlineData(RiskLevel.High, true)]
    [InlineData(RiskLevel.Medium, true)]
    [InlineData(RiskLevel.Low, true)]
    [InlineData(RiskLevel.None, false)]
    public void IsFound_OnlyForHighMediumOrLow(RiskLevel level, bool found) =>
        Assert.Equal(found, RiskLevels.IsFound(level));
}
