using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Surveys;

namespace Medk.Core.Tests.FiveHundredPlus.Surveys;

public class SurveyRoundTests
{
    private const int Cycle = 5;
    private const int School = 41;
    private static readonly DateOnly From = new(2022, 1, 18);
    private static readonly DateOnly To = new(2022, 2, 5);

    private static SurveyRound First() => new(Cycle, 1, "Первый опрос", From, To);

    [Fact]
    public void Constructor_KeepsTheNumberNameAndDates()
    {
        var round = new SurveyRound(Cycle, 2, "  Второй опрос ", From, To);
        Assert.Equal((Cycle, 2, "Второй опрос", From, To), (round.CycleId, round.Number, round.Name, round.From, round.To));
        Assert.Empty(round.Participation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_WithoutName_IsRefusedWithAnExample(string name)
    {
        var e = Assert.Throws<DomainException>(() => new SurveyRound(Cycle, 1, name, From, To));
        Assert.Equal("name", e.Field);
        Assert.Contains("«Первый опрос»", e.Message);
    }

    [Fact]
    public void Constructor_NameOfTheMaximumLength_IsAcceptedAndOneLonger_IsRefused()
    {
        Assert.Equal(SurveyRound.NameMaxLength, new SurveyRound(Cycle, 1, new string('о', SurveyRound.NameMaxLength), From, To).Name.Length);
        var e = Assert.Throws<DomainException>(() => new SurveyRound(Cycle, 1, new string('о', SurveyRound.NameMaxLength + 1), From, To));
        Assert.Contains("до 200 символов", e.Message);
    }

    [Fact]
    public void Constructor_EndBeforeStart_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new SurveyRound(Cycle, 1, "Первый опрос", To, From));
        Assert.Equal("to", e.Field);
        Assert.Contains("Конец опроса раньше его начала", e.Message);
    }

    [Fact]
    public void Constructor_OneDayOnTheLeapDay_IsAccepted()
    {
        var leap = new DateOnly(2024, 2, 29);
        var round = new SurveyRound(Cycle, 1, "Первый опрос", leap, leap);
        Assert.Equal(leap, round.To);
    }

    [Fact]
    public void Describe_Refused_KeepsTheRoundAsItWas()
    {
        var round = First();
        Assert.Throws<DomainException>(() => round.Describe("Первый опрос (перенесён)", To, From));
        Assert.Equal(("Первый опрос", From, To), (round.Name, round.From, round.To));

        round.Describe("Первый опрос (перенесён)", From.AddDays(7), To.AddDays(7));
        Assert.Equal(("Первый опрос (перенесён)", From.AddDays(7), To.AddDays(7)), (round.Name, round.From, round.To));
    }

    [Theory]
    [InlineData(1, "Первый опрос")]
    [InlineData(2, "Второй опрос")]
    [InlineData(3, "Третий опрос")]
    [InlineData(4, "Опрос 4")]
    public void DefaultName_NamesRoundsInOrder(int number, string name) =>
        Assert.Equal(name, SurveyRound.DefaultName(number));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(25, 0)]
    [InlineData(25, 25)]
    public void Check_NonNegativeAndNoMoreThanExpected_IsFine(int expected, int actual) =>
        Assert.Null(SurveyRound.Check(expected, actual));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(10, -1)]
    public void Check_Negative_IsAProblem(int expected, int actual) =>
        Assert.Equal("Число участников не может быть отрицательным.", SurveyRound.Check(expected, actual));

    [Fact]
    public void Check_MoreThanExpected_IsAProblemQuotingBothNumbers() =>
        Assert.Equal("Приняли участие (26) больше, чем ожидалось (25).", SurveyRound.Check(25, 26));

    [Fact]
    public void Record_NewSchoolAndGroup_IsAdded()
    {
        var round = First();
        round.Record(School, SurveyGroup.Teachers, 25, 23);

        var entry = Assert.Single(round.Participation);
        Assert.Equal((School, SurveyGroup.Teachers, 25, 23), (entry.SchoolId, entry.Group, entry.Expected, entry.Actual));
    }

    [Fact]
    public void Record_SameSchoolAndGroupAgain_ReplacesTheFigures()
    {
        var round = First();
        round.Record(School, SurveyGroup.Parents, 120, 80);
        round.Record(School, SurveyGroup.Parents, 118, 96);

        var entry = Assert.Single(round.Participation);
        Assert.Equal((118, 96), (entry.Expected, entry.Actual));
    }

    [Fact]
    public void Record_OtherGroupOrOtherSchool_IsASeparateEntry()
    {
        var round = First();
        round.Record(School, SurveyGroup.Parents, 120, 80);
        round.Record(School, SurveyGroup.Grade9Students, 30, 30);
        round.Record(School + 1, SurveyGroup.Parents, 50, 10);
        Assert.Equal(3, round.Participation.Count);
    }

    [Fact]
    public void Record_MoreThanExpected_IsRefusedAndKeepsTheEarlierFigures()
    {
        var round = First();
        round.Record(School, SurveyGroup.Director, 1, 1);
        var e = Assert.Throws<DomainException>(() => round.Record(School, SurveyGroup.Director, 1, 2));

        Assert.Equal("actual", e.Field);
        Assert.Contains("больше, чем ожидалось", e.Message);
        Assert.Equal(1, Assert.Single(round.Participation).Actual);
    }

    [Fact]
    public void Record_Negative_IsRefused()
    {
        var round = First();
        var e = Assert.Throws<DomainException>(() => round.Record(School, SurveyGroup.Teachers, -5, 0));
        Assert.Contains("отрицательным", e.Message);
        Assert.Empty(round.Participation);
    }

    [Fact]
    public void Record_UnknownGroup_IsRefused()
    {
        var round = First();
        var e = Assert.Throws<DomainException>(() => round.Record(School, (SurveyGroup)42, 10, 5));
        Assert.Equal("group", e.Field);
        Assert.Empty(round.Participation);
    }

    [Theory]
    [InlineData("директор", SurveyGroup.Director)]
    [InlineData("Руководитель", SurveyGroup.Director)]
    [InlineData("педагоги", SurveyGroup.Teachers)]
    [InlineData("Учителя", SurveyGroup.Teachers)]
    [InlineData("педагогические работники", SurveyGroup.Teachers)]
    [InlineData("обучающиеся 6 класса", SurveyGroup.Grade6Students)]
    [InlineData("6 класс", SurveyGroup.Grade6Students)]
    [InlineData("Учащиеся 9 класса.", SurveyGroup.Grade9Students)]
    [InlineData("  ОБУЧАЮЩИЕСЯ  9  КЛАССОВ ", SurveyGroup.Grade9Students)]
    [InlineData("Родители (законные представители)", SurveyGroup.Parents)]
    [InlineData("«Родители»", SurveyGroup.Parents)]
    [InlineData("куратор", SurveyGroup.Curators)]
    [InlineData("Grade6Students", SurveyGroup.Grade6Students)]
    public void Parse_AsWrittenInTables_FindsTheGroup(string text, SurveyGroup group) =>
        Assert.Equal(group, SurveyGroups.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("завуч")]
    [InlineData("7 класс")]
    public void Parse_NotAGroup_IsNull(string? text) =>
        Assert.Null(SurveyGroups.Parse(text));

    [Fact]
    public void Parse_EveryGroupName_ReadsBackAsThatGroup() =>
        Assert.All(Enum.GetValues<SurveyGroup>(), g => Assert.Equal(g, SurveyGroups.Parse(SurveyGroups.Name(g))));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(5, 0)]
    [InlineData(0, -3)]
    public void Share_NobodyExpected_IsNull(int actual, int expected) =>
        Assert.Null(SurveyGroups.Share(actual, expected));

    [Theory]
    [InlineData(0, 25, 0.0)]
    [InlineData(25, 25, 100.0)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    [InlineData(9, 10, 90.0)]
    [InlineData(1, 8, 12.5)]
    [InlineData(1, 16, 6.3)]
    [InlineData(1799, 2000, 90.0)]
    public void Share_IsAPercentWithOneDecimalRoundedHalfUp(int actual, int expected, double share) =>
        Assert.Equal((decimal)share, SurveyGroups.Share(actual, expected));
}
