using Medk.Core.Planning.Schedules;

namespace Medk.Core.Tests.Schedules;

/// <summary>
/// Properties that hold for every phrase and every year: generated phrases (templates × years
/// 2019–2030, one- and two-year periods) checked against counts worked out from the calendar.
/// </summary>
public class ScheduleProperties
{
    private static readonly int[] Years = [.. Enumerable.Range(2019, 12)];

    private static readonly string[] Dashes = ["-", "–", "—", "‑", " - ", "- ", " – "];

    private static readonly string[] YearSuffixes = ["", " г.", "г.", " г", " года", "года", " год"];

    private static readonly string[] MonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] MonthsNominative =
        ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

    /// <summary>Phrases of every kind; {Y} is replaced by the year.</summary>
    private static readonly string[] Templates =
    [
        "до 15 марта", "15.03.{Y}", "не позднее 30 апреля {Y} г.", "к 1 сентября", "с 10 по 20 мая", "10-24.03.{Y}",
        "май-июнь", "Январь–февраль {Y} г.", "март", "Декабрь {Y}", "II квартал", "IV квартал {Y} года", "2 полугодие",
        "весной", "осенью {Y}", "в течение года", "постоянно", "{Y} г.", "по графику ФИОКО", "по плану РУМО",
        "Еженедельно, пятница, 15.00", "ежемесячно", "ежеквартально", "раз в квартал", "1 раз в 2 месяца", "ежегодно",
        "до 10 числа каждого месяца", "2 понедельник месяца", "последняя пятница месяца", "29 февраля", "31.02.{Y}",
        "до 29.04.{Y} выгрузка 16.05.{Y}", "29.04 16.05 01.06", "Фронтальный – май {Y} года Выборочный - ежеквартально",
        "первая декада марта", "к началу учебного года", "{Y}/{Y1} учебный год", "по итогам мониторинга", "",
        "конец ноября", "раз в полгода", "по вторникам и четвергам", "дважды в год", "в конце каждого месяца",
    ];

    private static IEnumerable<(DatePeriod Period, string Phrase, Schedule Schedule)> All()
    {
        foreach (var year in Years)
        {
            foreach (var period in new[] { DatePeriod.Year(year), new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31)) })
            {
                foreach (var template in Templates)
                {
                    var phrase = template.Replace("{Y}", year.ToString()).Replace("{Y1}", (year + 1).ToString());
                    yield return (period, phrase, ScheduleParser.Parse(phrase, period));
                }
            }
        }
    }

    private static int YearsIn(DatePeriod period) => period.End.Year - period.Start.Year + 1;

    [Fact]
    public void Parse_AnyPhrase_CheckpointsAreSortedAndDistinct()
    {
        var failures = All()
            .Where(x => !x.Schedule.Checkpoints.SequenceEqual(x.Schedule.Checkpoints.Distinct().Order()))
            .Select(x => $"{x.Phrase} ({x.Period})");

        Assert.Empty(failures);
    }

    [Fact]
    public void Parse_RecurringPhrase_CheckpointsLieInsidePeriod()
    {
        var failures = All()
            .Where(x => x.Schedule.Kind == ScheduleKind.Recurring && !x.Schedule.Checkpoints.All(x.Period.Contains))
            .Select(x => $"{x.Phrase} ({x.Period})");

        Assert.Empty(failures);
    }

    [Fact]
    public void Parse_UnknownPhrase_AlwaysHasWarning()
    {
        var unknown = All().Where(x => x.Schedule.Kind == ScheduleKind.Unknown).ToList();

        Assert.NotEmpty(unknown);
        Assert.All(unknown, x => Assert.False(string.IsNullOrWhiteSpace(x.Schedule.Warning), x.Phrase));
    }

    [Fact]
    public void Parse_ExternalPhrase_NeverHasCheckpoints()
    {
        var external = All().Where(x => x.Schedule.Kind == ScheduleKind.External).ToList();

        Assert.NotEmpty(external);
        Assert.All(external, x => Assert.Empty(x.Schedule.Checkpoints));
    }

    [Fact]
    public void Parse_AnyPhrase_KeepsTextAndIsDeterministic()
    {
        foreach (var (period, phrase, schedule) in All())
        {
            var again = ScheduleParser.Parse(phrase, period);
            Assert.Equal(phrase.Trim(), schedule.Text);
            Assert.Equal(schedule.Kind, again.Kind);
            Assert.Equal(schedule.Checkpoints, again.Checkpoints);
        }
    }

    [Fact]
    public void Parse_YearlessPhrase_PlacesItsCheckpointInsidePeriod()
    {
        string[] yearless = ["до 15 марта", "к 1 сентября", "с 10 по 20 мая", "май-июнь", "март", "II квартал", "2 полугодие", "весной", "первая декада марта", "конец ноября", "29.04 16.05 01.06"];
        var failures = All()
            .Where(x => yearless.Contains(x.Phrase) && !x.Schedule.Checkpoints.All(x.Period.Contains))
            .Select(x => $"{x.Phrase} ({x.Period})");

        Assert.Empty(failures);
    }

    [Fact]
    public void Parse_WeeklyFriday_YieldsEveryFridayOfEachYear()
    {
        foreach (var year in Years)
        {
            var period = DatePeriod.Year(year);
            var schedule = ScheduleParser.Parse("Еженедельно, пятница, 15.00", period);

            Assert.Equal(Periods.EveryWeekday(DayOfWeek.Friday, period.Start, period.End), schedule.Checkpoints);
            Assert.Equal(year is 2021 or 2027 ? 53 : 52, schedule.Checkpoints.Count);
        }
    }

    [Theory]
    [InlineData("ежемесячно", 12)]
    [InlineData("до 10 числа каждого месяца", 12)]
    [InlineData("2 понедельник месяца", 12)]
    [InlineData("последняя пятница месяца", 12)]
    [InlineData("в конце каждого месяца", 12)]
    [InlineData("1 раз в 2 месяца", 6)]
    [InlineData("ежеквартально", 4)]
    [InlineData("раз в квартал", 4)]
    [InlineData("раз в полгода", 2)]
    [InlineData("дважды в год", 2)]
    [InlineData("ежегодно", 1)]
    [InlineData("2 раза в месяц", 24)]
    public void Parse_MonthBasedRecurrence_YieldsFixedCountPerYear(string phrase, int perYear)
    {
        foreach (var year in Years)
        {
            Assert.Equal(perYear, ScheduleParser.Parse(phrase, DatePeriod.Year(year)).Checkpoints.Count);
            var twoYears = new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31));
            Assert.Equal(2 * perYear, ScheduleParser.Parse(phrase, twoYears).Checkpoints.Count);
        }
    }

    [Fact]
    public void Parse_Quarterly_FallsOnQuarterEnds()
    {
        foreach (var year in Years)
        {
            var schedule = ScheduleParser.Parse("ежеквартально", DatePeriod.Year(year));

            Assert.Equal(
                [new DateOnly(year, 3, 31), new DateOnly(year, 6, 30), new DateOnly(year, 9, 30), new DateOnly(year, 12, 31)],
                schedule.Checkpoints);
        }
    }

    [Fact]
    public void Parse_TwentyNinthOfFebruary_ExistsOnlyInLeapYears()
    {
        foreach (var year in Years)
        {
            var schedule = ScheduleParser.Parse("29 февраля", DatePeriod.Year(year));

            if (DateTime.IsLeapYear(year))
            {
                Assert.Equal(ScheduleKind.Date, schedule.Kind);
                Assert.Equal([new DateOnly(year, 2, 29)], schedule.Checkpoints);
            }
            else
            {
                Assert.Equal(ScheduleKind.Unknown, schedule.Kind);
                Assert.NotNull(schedule.Warning);
            }
        }
    }

    [Fact]
    public void Parse_February_EndsOnItsLastDayInEveryYear()
    {
        foreach (var year in Years)
        {
            var schedule = ScheduleParser.Parse("февраль", DatePeriod.Year(year));

            Assert.Equal([new DateOnly(year, 2, DateTime.DaysInMonth(year, 2))], schedule.Checkpoints);
        }
    }

    [Fact]
    public void Parse_NthWeekdayOfMonth_FallsOnThatWeekdayInTheRightWeek()
    {
        string[] ordinals = ["1", "2", "3", "4"];
        foreach (var year in Years)
        {
            foreach (var ordinal in ordinals)
            {
                var schedule = ScheduleParser.Parse($"{ordinal} среда месяца", DatePeriod.Year(year));
                var n = int.Parse(ordinal);

                Assert.Equal(12, schedule.Checkpoints.Count);
                Assert.All(schedule.Checkpoints, d => Assert.Equal(DayOfWeek.Wednesday, d.DayOfWeek));
                Assert.All(schedule.Checkpoints, d => Assert.Equal(n, ((d.Day - 1) / 7) + 1));
            }
        }
    }

    [Fact]
    public void Parse_GeneratedDayRanges_InEverySpelling_YieldStartBeforeEnd()
    {
        foreach (var year in Years)
        {
            for (var month = 1; month <= 12; month++)
            {
                var dash = Dashes[(year + month) % Dashes.Length];
                var suffix = YearSuffixes[month % YearSuffixes.Length];
                var phrase = $"{3 + (month % 5):00}.{month:00}{dash}{20 + (year % 8)}.{month:00}.{year}{suffix}";

                var schedule = ScheduleParser.Parse(phrase, DatePeriod.Year(year));

                Assert.Equal(ScheduleKind.Range, schedule.Kind);
                Assert.Equal(new DateOnly(year, month, 3 + (month % 5)), schedule.Start);
                Assert.Equal([new DateOnly(year, month, 20 + (year % 8))], schedule.Checkpoints);
            }
        }
    }

    [Fact]
    public void Parse_GeneratedDayMonthYearDates_InEveryCaseAndSuffix_YieldThatDay()
    {
        foreach (var year in Years)
        {
            for (var month = 1; month <= 12; month++)
            {
                var day = 1 + ((year * 7 + month * 3) % 28);
                var suffix = YearSuffixes[(year + month) % YearSuffixes.Length];
                var due = ScheduleParser.Parse($"До {day} {MonthsGenitive[month - 1]} {year}{suffix}", DatePeriod.Year(year));
                var on = ScheduleParser.Parse($"{day} {MonthsGenitive[month - 1]}", DatePeriod.Year(year));

                Assert.Equal(ScheduleKind.Due, due.Kind);
                Assert.Equal([new DateOnly(year, month, day)], due.Checkpoints);
                Assert.Equal(ScheduleKind.Date, on.Kind);
                Assert.Equal([new DateOnly(year, month, day)], on.Checkpoints);
            }
        }
    }

    [Fact]
    public void Parse_GeneratedMonthRanges_InEverySpelling_SpanFromFirstToLastDay()
    {
        foreach (var year in Years)
        {
            for (var first = 1; first < 12; first++)
            {
                var last = first + 1 + (year % (12 - first));
                var dash = Dashes[(first + year) % Dashes.Length];
                var suffix = YearSuffixes[first % YearSuffixes.Length];
                var phrase = $"{MonthsNominative[first - 1]}{dash}{MonthsNominative[last - 1]} {year}{suffix}";

                var schedule = ScheduleParser.Parse(phrase, DatePeriod.Year(year));

                // «январь-декабрь» of the roadmap's year is the whole period.
                var whole = first == 1 && last == 12;
                Assert.Equal(whole ? ScheduleKind.Period : ScheduleKind.Range, schedule.Kind);
                Assert.Equal(whole ? null : new DateOnly(year, first, 1), schedule.Start);
                Assert.Equal([new DateOnly(year, last, DateTime.DaysInMonth(year, last))], schedule.Checkpoints);
            }
        }
    }

    [Fact]
    public void Parse_WholePeriodPhrases_CheckpointAtPeriodEnd()
    {
        string[] phrases = ["в течение года", "постоянно", "в течение всего периода", "Регулярно, в течение года", "по мере необходимости"];
        foreach (var year in Years)
        {
            var twoYears = new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31));
            foreach (var phrase in phrases)
            {
                var schedule = ScheduleParser.Parse(phrase, twoYears);

                Assert.Equal(ScheduleKind.Period, schedule.Kind);
                Assert.Equal([twoYears.End], schedule.Checkpoints);
            }
            Assert.Equal(ScheduleKind.Period, ScheduleParser.Parse($"{year} г.", DatePeriod.Year(year)).Kind);
            Assert.Equal(YearsIn(twoYears), ScheduleParser.Parse("ежегодно", twoYears).Checkpoints.Count);
        }
    }

    [Fact]
    public void Parse_TokenSoup_NeverThrowsAndKeepsInvariants()
    {
        string[] tokens =
        [
            "до", "к", "с", "по", "не", "позднее", "после", "между", "и", ",", ";", "-", "–", "/", "(", ")", "г.", "года",
            "учебный", "год", "2022", "2024", "1", "2", "10", "29", "31", "0", "999999", "12.00", "01.03", "29.02",
            "31.12.2022", "01.13.2022", "2022-03-15", "марта", "май", "декабрь", "весной", "зима", "ii", "квартал",
            "полугодие", "декада", "неделя", "последняя", "пятница", "еженедельно", "ежемесячно", "ежегодно", "раз", "в",
            "месяца", "каждые", "числа", "конец", "половина", "течение", "постоянно", "графику", "%", "№", "следующего",
            "за", "отчетным", "кварталом", "рабочий", "день", "<p>",
        ];
        var random = new Random(20240229);
        for (var i = 0; i < 5000; i++)
        {
            var phrase = string.Join(" ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => tokens[random.Next(tokens.Length)]));
            var year = Years[random.Next(Years.Length)];
            var period = new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year + random.Next(2), 12, 31));

            var schedule = ScheduleParser.Parse(phrase, period);

            Assert.True(schedule.Checkpoints.SequenceEqual(schedule.Checkpoints.Distinct().Order()), phrase);
            Assert.True(schedule.Kind != ScheduleKind.Unknown || schedule.Warning is not null, phrase);
            Assert.True(schedule.Kind != ScheduleKind.External || schedule.Checkpoints.Count == 0, phrase);
            Assert.True(schedule.Kind != ScheduleKind.Recurring || schedule.Checkpoints.All(period.Contains), phrase);
        }
    }
}
