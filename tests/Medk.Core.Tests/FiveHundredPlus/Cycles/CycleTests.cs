using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Cycles;

namespace Medk.Core.Tests.FiveHundredPlus.Cycles;

public class CycleTests
{
    private const int Region = 3;

    private static Cycle Cycle2022() => new("500+ 2022", 2022, Region);

    [Fact]
    public void Constructor_TrimsTheName()
    {
        var cycle = new Cycle("  500+ 2022 ", 2022, Region);
        Assert.Equal("500+ 2022", cycle.Name);
        Assert.Equal(2022, cycle.Year);
        Assert.Equal(Region, cycle.RegionId);
        Assert.Empty(cycle.Stages);
        Assert.Empty(cycle.Participants);
        Assert.Empty(cycle.Factors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_WithoutName_IsRefused(string name)
    {
        var e = Assert.Throws<DomainException>(() => new Cycle(name, 2022, Region));
        Assert.Equal("name", e.Field);
        Assert.Contains("Назовите цикл", e.Message);
    }

    [Fact]
    public void Constructor_NameOfTheMaximumLength_IsAccepted() =>
        Assert.Equal(Cycle.NameMaxLength, new Cycle(new string('ц', Cycle.NameMaxLength), 2022, Region).Name.Length);

    [Fact]
    public void Constructor_NameLongerThanTheMaximum_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new Cycle(new string('ц', Cycle.NameMaxLength + 1), 2022, Region));
        Assert.Equal("name", e.Field);
        Assert.Contains("до 200 символов", e.Message);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2101)]
    [InlineData(0)]
    public void Constructor_YearOutsideTheProject_IsRefused(int year)
    {
        var e = Assert.Throws<DomainException>(() => new Cycle("500+", year, Region));
        Assert.Equal("year", e.Field);
        Assert.Contains("Год цикла", e.Message);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2100)]
    public void Constructor_YearAtTheBoundaries_IsAccepted(int year) =>
        Assert.Equal(year, new Cycle("500+", year, Region).Year);

    [Fact]
    public void AddStandardStages_LaysOutTheYearInCalendarOrder()
    {
        var cycle = Cycle2022();
        cycle.AddStandardStages();

        Assert.Equal(Enum.GetValues<StageKind>(), cycle.Stages.Select(s => s.Kind));
        Assert.All(cycle.Stages, s => Assert.True(s.From <= s.To, $"{s.Kind}: {s.From} > {s.To}"));
        Assert.All(cycle.Stages, s => Assert.Equal(2022, s.From.Year));
        Assert.Equal(new DateOnly(2022, 1, 18), cycle.Stages[0].From);
        Assert.Equal(new DateOnly(2022, 12, 20), cycle.Stages[^1].To);
        // The risk profiles are drawn up while the survey still runs; the documents are written from the profiles.
        var stage = cycle.Stages.ToDictionary(s => s.Kind);
        Assert.True(stage[StageKind.RiskProfile].To <= stage[StageKind.ConceptDocuments].From);
        Assert.True(stage[StageKind.MonitoringFirst].To < stage[StageKind.MonitoringSecond].From);
    }

    [Fact]
    public void AddStandardStages_FollowsTheCycleYear()
    {
        var cycle = new Cycle("500+ 2024", 2024, Region);
        cycle.AddStandardStages();
        Assert.All(cycle.Stages, s => Assert.Equal(2024, s.To.Year));
    }

    [Fact]
    public void AddStandardStages_Twice_KeepsOneStageOfEachKind()
    {
        var cycle = Cycle2022();
        cycle.AddStandardStages();
        cycle.SetStage(StageKind.Survey, new DateOnly(2022, 2, 1), new DateOnly(2022, 2, 28));
        cycle.AddStandardStages();

        Assert.Equal(6, cycle.Stages.Count);
        Assert.Equal(new DateOnly(2022, 1, 18), cycle.Stages.Single(s => s.Kind == StageKind.Survey).From);
    }

    [Fact]
    public void SetStage_ExistingKind_MovesItRatherThanAddingAnother()
    {
        var cycle = Cycle2022();
        cycle.AddStandardStages();
        cycle.SetStage(StageKind.Results, new DateOnly(2022, 12, 1), new DateOnly(2022, 12, 28));

        var results = Assert.Single(cycle.Stages, s => s.Kind == StageKind.Results);
        Assert.Equal(new DateOnly(2022, 12, 1), results.From);
        Assert.Equal(new DateOnly(2022, 12, 28), results.To);
        Assert.Equal(6, cycle.Stages.Count);
    }

    [Fact]
    public void SetStage_EndBeforeStart_IsRefusedAndKeepsTheStage()
    {
        var cycle = Cycle2022();
        cycle.AddStandardStages();
        var e = Assert.Throws<DomainException>(() => cycle.SetStage(StageKind.Survey, new DateOnly(2022, 3, 2), new DateOnly(2022, 3, 1)));

        Assert.Equal("to", e.Field);
        Assert.Contains("Конец этапа раньше его начала", e.Message);
        Assert.Equal(new DateOnly(2022, 1, 18), cycle.Stages.Single(s => s.Kind == StageKind.Survey).From);
    }

    [Fact]
    public void SetStage_UnknownKind_IsRefused()
    {
        // The API reads enums from numbers too: {"kind": 42} must not become a stage nobody can name.
        var cycle = Cycle2022();
        var e = Assert.Throws<DomainException>(() => cycle.SetStage((StageKind)42, new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 2)));
        Assert.Equal("kind", e.Field);
        Assert.Contains("этап", e.Message);
        Assert.Empty(cycle.Stages);
    }

    [Fact]
    public void SetStage_OneDay_IsAccepted()
    {
        var cycle = Cycle2022();
        cycle.SetStage(StageKind.Results, new DateOnly(2022, 12, 20), new DateOnly(2022, 12, 20));
        Assert.Equal(cycle.Stages[0].From, cycle.Stages[0].To);
    }

    [Fact]
    public void SetStage_EndingOnTheLeapDay_IsAccepted()
    {
        var cycle = new Cycle("500+ 2024", 2024, Region);
        cycle.SetStage(StageKind.RiskProfile, new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29));
        Assert.Equal(new DateOnly(2024, 2, 29), cycle.Stages.Single().To);
    }

    [Fact]
    public void AddStandardFactors_AddsTheElevenFactorsNumberedInOrder()
    {
        var cycle = Cycle2022();
        cycle.AddStandardFactors();

        Assert.Equal(11, cycle.Factors.Count);
        Assert.Equal(Enumerable.Range(1, 11), cycle.Factors.Select(f => f.Order));
        Assert.Equal("Низкий уровень оснащения школы", cycle.Factors[0].Name);
        Assert.Equal("Высокая доля обучающихся с ОВЗ", cycle.Factors[^1].Name);
    }

    [Fact]
    public void AddStandardFactors_Twice_IsRefused()
    {
        var cycle = Cycle2022();
        cycle.AddStandardFactors();
        Assert.Throws<DomainException>(cycle.AddStandardFactors);
    }

    [Fact]
    public void AddFactor_TrimsTheNameAndNumbersItAfterTheOthers()
    {
        var cycle = Cycle2022();
        cycle.AddStandardFactors();
        var factor = cycle.AddFactor("  Низкая оснащённость спортзала ");

        Assert.Equal("Низкая оснащённость спортзала", factor.Name);
        Assert.Equal(12, factor.Order);
        Assert.Same(factor, cycle.Factors[^1]);
    }

    [Fact]
    public void AddFactor_SameNameInAnotherCase_IsRefusedNamingTheFactor()
    {
        var cycle = Cycle2022();
        cycle.AddFactor("Дефицит педагогических кадров");
        var e = Assert.Throws<DomainException>(() => cycle.AddFactor("дефицит ПЕДАГОГИЧЕСКИХ кадров "));

        Assert.Equal("name", e.Field);
        Assert.Contains("«дефицит ПЕДАГОГИЧЕСКИХ кадров» уже есть", e.Message);
        Assert.Single(cycle.Factors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddFactor_WithoutName_IsRefused(string name)
    {
        var e = Assert.Throws<DomainException>(() => Cycle2022().AddFactor(name));
        Assert.Equal("name", e.Field);
        Assert.Contains("фактора риска", e.Message);
    }

    [Fact]
    public void AddFactor_NameOfTheMaximumLength_IsAcceptedAndOneLonger_IsRefused()
    {
        var cycle = Cycle2022();
        cycle.AddFactor(new string('ф', RiskFactor.NameMaxLength));
        var e = Assert.Throws<DomainException>(() => cycle.AddFactor(new string('х', RiskFactor.NameMaxLength + 1)));
        Assert.Contains("300 символов", e.Message);
        Assert.Single(cycle.Factors);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void AddParticipant_LowResultsOrUnfavourableOrBoth_IsAccepted(bool lowResults, bool unfavourable)
    {
        var cycle = Cycle2022();
        var participant = cycle.AddParticipant(41, lowResults, unfavourable, 2021);

        Assert.Equal(41, participant.SchoolId);
        Assert.Equal(lowResults, participant.LowResults);
        Assert.Equal(unfavourable, participant.Unfavourable);
        Assert.Equal(2021, participant.JoinedYear);
        Assert.Same(participant, Assert.Single(cycle.Participants));
    }

    [Fact]
    public void AddParticipant_NeitherLowResultsNorUnfavourable_IsRefused()
    {
        var cycle = Cycle2022();
        var e = Assert.Throws<DomainException>(() => cycle.AddParticipant(41, false, false, 2022));

        Assert.Equal("lowResults", e.Field);
        Assert.Contains("ШНОР", e.Message);
        Assert.Contains("ШНСУ", e.Message);
        Assert.Empty(cycle.Participants);
    }

    [Fact]
    public void AddParticipant_SameSchoolTwice_IsRefused()
    {
        var cycle = Cycle2022();
        cycle.AddParticipant(41, true, false, 2022);
        var e = Assert.Throws<DomainException>(() => cycle.AddParticipant(41, false, true, 2022));

        Assert.Equal("schoolId", e.Field);
        Assert.Contains("уже участвует", e.Message);
        Assert.True(Assert.Single(cycle.Participants).LowResults);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2022)]
    public void AddParticipant_JoinedInTheCycleYearOrBefore_IsAccepted(int joinedYear) =>
        Assert.Equal(joinedYear, Cycle2022().AddParticipant(41, true, false, joinedYear).JoinedYear);

    [Theory]
    [InlineData(2023)]
    [InlineData(2019)]
    [InlineData(0)]
    public void AddParticipant_JoinedAfterTheCycleYearOrBeforeTheProject_IsRefused(int joinedYear)
    {
        var cycle = Cycle2022();
        var e = Assert.Throws<DomainException>(() => cycle.AddParticipant(41, true, false, joinedYear));

        Assert.Equal("joinedYear", e.Field);
        Assert.Contains("Год включения школы в проект", e.Message);
        Assert.Empty(cycle.Participants);
    }

    [Fact]
    public void RemoveParticipant_RemovesOnlyThatSchool_AndItMayJoinAgain()
    {
        var cycle = Cycle2022();
        cycle.AddParticipant(41, true, false, 2022);
        cycle.AddParticipant(42, false, true, 2022);

        cycle.RemoveParticipant(41);
        Assert.Equal(42, Assert.Single(cycle.Participants).SchoolId);

        cycle.AddParticipant(41, false, true, 2022);
        Assert.Equal(2, cycle.Participants.Count);
    }

    [Fact]
    public void RemoveParticipant_NotParticipating_ChangesNothing()
    {
        var cycle = Cycle2022();
        cycle.AddParticipant(41, true, false, 2022);
        cycle.RemoveParticipant(99);
        Assert.Single(cycle.Participants);
    }

    [Fact]
    public void Glossary_NamesEveryStageInRussian()
    {
        var names = Enum.GetValues<StageKind>().Select(CycleGlossary.Stage).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("[А-Яа-я]", n));
        Assert.Equal("Рисковые профили школ (РПШ)", CycleGlossary.Stage(StageKind.RiskProfile));
    }
}
