using Medk.Core.Planning.Indicators;

namespace Medk.Core.Tests.Indicators;

public class IndicatorParserTests
{
    [Theory]
    [InlineData("Доля 100% из числа включенных в проект", Comparator.Equal, 100)]
    [InlineData("Участие приняли не менее 90%", Comparator.AtLeast, 90)]
    [InlineData("Участие приняли не менее 90% кураторов", Comparator.AtLeast, 90)]
    [InlineData("Отчет кураторов -100%", Comparator.Equal, 100)]
    [InlineData("Доля принявших участие- 100%", Comparator.Equal, 100)]
    [InlineData("Доля принявших участие - 100%", Comparator.Equal, 100)]
    [InlineData("100% школ получили логины/пароли для прохождения анкетирования", Comparator.Equal, 100)]
    [InlineData("Участие 100%", Comparator.Equal, 100)]
    [InlineData("Выполнение мероприятий дорожной карты -100%", Comparator.Equal, 100)]
    [InlineData("Доля ОО из числа включенных в проект, разместивших концептуальные документы, подтвержденные куратором-100%", Comparator.Equal, 100)]
    [InlineData("Доля ОО, чьи подтверждающие документы соответствуют параметрам экспертизы, составляет 100%", Comparator.Equal, 100)]
    [InlineData("Участие в научно-методических вебинарах по темам в соответствии с графиком Доля участия - 100%", Comparator.Equal, 100)]
    [InlineData("не более 5% пропусков", Comparator.AtMost, 5)]
    [InlineData("доля выше 95,5 %", Comparator.AtLeast, 95.5)]
    [InlineData("охват не ниже 80 процентов", Comparator.AtLeast, 80)]
    public void Parse_ShareTarget_YieldsShareWithComparatorAndTarget(string text, Comparator comparator, double target)
    {
        var indicator = IndicatorParser.Parse(text);

        Assert.Equal(IndicatorKind.Share, indicator.Kind);
        Assert.Equal(comparator, indicator.Comparator);
        Assert.Equal((decimal)target, indicator.Target);
        Assert.Equal("%", indicator.Unit);
        Assert.True(indicator.IsComputableShare);
        Assert.Equal(text, indicator.Text);
    }

    [Theory]
    [InlineData("издать методическое пособие с описанием не менее двух лучших практик модельных решений на основе кластеризации школ", Comparator.AtLeast, 2, "лучших практик")]
    [InlineData("Сформированы и совместно работают не менее трех пар наставничества «молодой специалист-стажист» в каждой школе", Comparator.AtLeast, 3, "пар")]
    [InlineData("не менее 2", Comparator.AtLeast, 2, null)]
    [InlineData("Проведено не менее пяти семинаров", Comparator.AtLeast, 5, "семинаров")]
    [InlineData("не более одного выезда в квартал", Comparator.AtMost, 1, "выезда")]
    [InlineData("в количестве 12 человек", Comparator.Equal, 12, "человек")]
    [InlineData("3 семинара", Comparator.Equal, 3, "семинара")]
    [InlineData("не менее двадцати пяти участников", Comparator.AtLeast, 25, "участников")]
    public void Parse_CountTarget_YieldsCountWithNoun(string text, Comparator comparator, int target, string? unit)
    {
        var indicator = IndicatorParser.Parse(text);

        Assert.Equal(IndicatorKind.Count, indicator.Kind);
        Assert.Equal(comparator, indicator.Comparator);
        Assert.Equal(target, indicator.Target);
        Assert.Equal(unit, indicator.Unit);
    }

    [Theory]
    [InlineData("Назначен муниципальный куратор проекта")]
    [InlineData("Утвержденная дорожная карта размещена на сайте Управления образованием")]
    [InlineData("Заполнение анкеты, предложенной ФИОКО для руководителей, педагогов, обучающихся 6,9 классов.")]
    [InlineData("Подведены итоги реализации проекта в 2021 году. Подготовлен план работы на 2022 год.")]
    [InlineData("2023 г. - МБОУ \"Уакитская СОШ\"")]
    [InlineData("")]
    public void Parse_PlainResult_YieldsResultWithoutTarget(string text)
    {
        var indicator = IndicatorParser.Parse(text);

        Assert.Equal(IndicatorKind.Result, indicator.Kind);
        Assert.Null(indicator.Comparator);
        Assert.Null(indicator.Target);
        Assert.Null(indicator.Unit);
        Assert.Equal(text, indicator.Text);
    }

    [Fact]
    public void Parse_ShareWithoutNumber_IsShareWithoutTarget()
    {
        var indicator = IndicatorParser.Parse("Доля школ, из числа включенных в проект, посещенных кураторами");

        Assert.Equal(IndicatorKind.Share, indicator.Kind);
        Assert.Null(indicator.Target);
        Assert.False(indicator.IsComputableShare);
    }

    [Fact]
    public void Parse_Null_KeepsEmptyTextAsResult()
    {
        var indicator = IndicatorParser.Parse(null);

        Assert.Equal("", indicator.Text);
        Assert.Equal(IndicatorKind.Result, indicator.Kind);
    }

    [Fact]
    public void Parse_SeveralPercentages_TakesTheFirstAsTarget()
    {
        var indicator = IndicatorParser.Parse("Участие не менее 90% кураторов и 100% координаторов");

        Assert.Equal(90m, indicator.Target);
        Assert.Equal(Comparator.AtLeast, indicator.Comparator);
    }
}
