using Medk.Core.Planning.Schedules;

namespace Medk.Core.Tests.Schedules;

/// <summary>
/// Every deadline phrase of the five seed orders, with its roadmap's period: 000, 001, 002 — 2022;
/// 003 — 2021–2022 («на 2021 - 2022 годы»); 004 — 2021. Expectations were worked out from the phrases.
/// </summary>
public class SeedDeadlineTests
{
    private static DatePeriod PeriodOf(string seed) => seed switch
    {
        "003" => Periods.Of("2021-2022"),
        "004" => Periods.Of("2021"),
        _ => Periods.Of("2022"),
    };

    [Theory]
    // 000: Сретенский район, 2022
    [InlineData("000", "До 31 декабря 2021г.", ScheduleKind.Due, "2021-12-31", null)]
    [InlineData("000", "До 1 марта", ScheduleKind.Due, "2022-03-01", null)]
    [InlineData("000", "28 января", ScheduleKind.Date, "2022-01-28", null)]
    [InlineData("000", "С 18 января по 4 февраля", ScheduleKind.Range, "2022-02-04", "2022-01-18")]
    [InlineData("000", "До 22 марта", ScheduleKind.Due, "2022-03-22", null)]
    [InlineData("000", "До 30 апреля", ScheduleKind.Due, "2022-04-30", null)]
    [InlineData("000", "Весенняя сессия 18 марта 2022г., осенняя сессия ноябрь 2022г.", ScheduleKind.Dates, "2022-03-18 2022-11-30", null)]
    [InlineData("000", "В течение года", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("000", "По плану РУМО", ScheduleKind.External, "", null)]
    [InlineData("000", "в течение всего периода", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("000", "В течение всего периода", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("000", "В течение всего периода сопровождения", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("000", "Контрольные даты федеральной Дорожной карты Адресной методической помощи («500+») и регионального Плана-графика", ScheduleKind.External, "", null)]
    [InlineData("000", "По графику ФИОКО", ScheduleKind.External, "", null)]
    [InlineData("000", "До 1 марта 2022г.", ScheduleKind.Due, "2022-03-01", null)]
    [InlineData("000", "До 30 марта 2022г.", ScheduleKind.Due, "2022-03-30", null)]
    [InlineData("000", "До 1 марта 2022г., до 15 ноября 2022г.", ScheduleKind.Dates, "2022-03-01 2022-11-15", null)]
    [InlineData("000", "10.03-24.03.2022г.", ScheduleKind.Range, "2022-03-24", "2022-03-10")]
    [InlineData("000", "25.04-01.06.2022г.", ScheduleKind.Range, "2022-06-01", "2022-04-25")]
    [InlineData("000", "По графику Министерства образования", ScheduleKind.External, "", null)]
    [InlineData("000", "29.04 16.05 01.06 17.06 30.06 16.09 17.10 01.11", ScheduleKind.Dates, "2022-04-29 2022-05-16 2022-06-01 2022-06-17 2022-06-30 2022-09-16 2022-10-17 2022-11-01", null)]
    [InlineData("000", "март", ScheduleKind.Range, "2022-03-31", "2022-03-01")]
    [InlineData("000", "май- июнь", ScheduleKind.Range, "2022-06-30", "2022-05-01")]
    [InlineData("000", "май- сентябрь", ScheduleKind.Range, "2022-09-30", "2022-05-01")]
    [InlineData("000", "сентябрь", ScheduleKind.Range, "2022-09-30", "2022-09-01")]
    [InlineData("000", "Декабрь", ScheduleKind.Range, "2022-12-31", "2022-12-01")]
    [InlineData("000", "До 15 декабря", ScheduleKind.Due, "2022-12-15", null)]
    [InlineData("000", "До 1 ноября 2022г.", ScheduleKind.Due, "2022-11-01", null)]
    [InlineData("000", "До 20 декабря", ScheduleKind.Due, "2022-12-20", null)]
    // 001: Первоуральск, 2022
    [InlineData("001", "до 17.01.2022", ScheduleKind.Due, "2022-01-17", null)]
    [InlineData("001", " 17.01.2022", ScheduleKind.Date, "2022-01-17", null)]
    [InlineData("001", "18.01-04.02.2022", ScheduleKind.Range, "2022-02-04", "2022-01-18")]
    [InlineData("001", "25.01.2022 ", ScheduleKind.Date, "2022-01-25", null)]
    [InlineData("001", " 20.01.2022", ScheduleKind.Date, "2022-01-20", null)]
    [InlineData("001", " 24.01-01.02.2022", ScheduleKind.Range, "2022-02-01", "2022-01-24")]
    [InlineData("001", "2022 г.", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("001", " 02-04.02.2022", ScheduleKind.Range, "2022-02-04", "2022-02-02")]
    [InlineData("001", "до 01.03.2022 ", ScheduleKind.Due, "2022-03-01", null)]
    [InlineData("001", "10-24.03.2022", ScheduleKind.Range, "2022-03-24", "2022-03-10")]
    [InlineData("001", "до 30.03.2022", ScheduleKind.Due, "2022-03-30", null)]
    [InlineData("001", "01-29.04.2022", ScheduleKind.Range, "2022-04-29", "2022-04-01")]
    [InlineData("001", "25.04-01.06.2022", ScheduleKind.Range, "2022-06-01", "2022-04-25")]
    [InlineData("001", "до 29.04.2022 выгрузка данных ФИОКО 16.05.2022", ScheduleKind.Dates, "2022-04-29 2022-05-16", null)]
    [InlineData("001", "30.05-13.06.2022", ScheduleKind.Range, "2022-06-13", "2022-05-30")]
    [InlineData("001", "01-20.06.2022", ScheduleKind.Range, "2022-06-20", "2022-06-01")]
    [InlineData("001", "до 30.06.2022  выгрузка данных ФИОКО 01.11.2022", ScheduleKind.Dates, "2022-06-30 2022-11-01", null)]
    [InlineData("001", "август 2022 ", ScheduleKind.Range, "2022-08-31", "2022-08-01")]
    [InlineData("001", "октябрь-ноябрь  2022 ", ScheduleKind.Range, "2022-11-30", "2022-10-01")]
    [InlineData("001", "03.10-14.10.2022", ScheduleKind.Range, "2022-10-14", "2022-10-03")]
    [InlineData("001", "01.11-15.11.2022", ScheduleKind.Range, "2022-11-15", "2022-11-01")]
    [InlineData("001", "2 понедельник месяца", ScheduleKind.Recurring, "2022-01-10 2022-02-14 2022-03-14 2022-04-11 2022-05-09 2022-06-13 2022-07-11 2022-08-08 2022-09-12 2022-10-10 2022-11-14 2022-12-12", null)]
    [InlineData("001", "раз в квартал по плану  Управления образования", ScheduleKind.Recurring, "2022-03-31 2022-06-30 2022-09-30 2022-12-31", null)]
    [InlineData("001", "постоянно", ScheduleKind.Period, "2022-12-31", null)]
    // 002: Республика Калмыкия, 2022
    [InlineData("002", "Декабрь 2021", ScheduleKind.Range, "2021-12-31", "2021-12-01")]
    [InlineData("002", "Декабрь 2021г.", ScheduleKind.Range, "2021-12-31", "2021-12-01")]
    [InlineData("002", "Январь 2022г.", ScheduleKind.Range, "2022-01-31", "2022-01-01")]
    [InlineData("002", "Январь-февраль 2022 г.", ScheduleKind.Range, "2022-02-28", "2022-01-01")]
    [InlineData("002", "Январь-февраль 2022г.", ScheduleKind.Range, "2022-02-28", "2022-01-01")]
    [InlineData("002", "Февраль 2022 г.", ScheduleKind.Range, "2022-02-28", "2022-02-01")]
    [InlineData("002", "Август 2022 г.", ScheduleKind.Range, "2022-08-31", "2022-08-01")]
    [InlineData("002", "В течение года", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("002", "Март 2022г.", ScheduleKind.Range, "2022-03-31", "2022-03-01")]
    [InlineData("002", "Март-май 2022г.", ScheduleKind.Range, "2022-05-31", "2022-03-01")]
    [InlineData("002", "ежемесячно", ScheduleKind.Recurring, "2022-01-31 2022-02-28 2022-03-31 2022-04-30 2022-05-31 2022-06-30 2022-07-31 2022-08-31 2022-09-30 2022-10-31 2022-11-30 2022-12-31", null)]
    [InlineData("002", "постоянно", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("002", "Октябрь 2022г.", ScheduleKind.Range, "2022-10-31", "2022-10-01")]
    [InlineData("002", "Декабрь 2022г.", ScheduleKind.Range, "2022-12-31", "2022-12-01")]
    [InlineData("002", "Апрель 2022г.", ScheduleKind.Range, "2022-04-30", "2022-04-01")]
    [InlineData("002", "Август 2022г.", ScheduleKind.Range, "2022-08-31", "2022-08-01")]
    [InlineData("002", "Регулярно, в течение года", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("002", "Октябрь-Ноябрь 2022г.", ScheduleKind.Range, "2022-11-30", "2022-10-01")]
    // 003: Баунтовский эвенкийский район, 2021–2022
    [InlineData("003", "Март 2021 года", ScheduleKind.Range, "2021-03-31", "2021-03-01")]
    [InlineData("003", "постоянно", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("003", "Постоянно", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("003", "По отделному графику", ScheduleKind.External, "", null)]
    [InlineData("003", "До 10 числа каждого месяца", ScheduleKind.Recurring, "2021-01-10 2021-02-10 2021-03-10 2021-04-10 2021-05-10 2021-06-10 2021-07-10 2021-08-10 2021-09-10 2021-10-10 2021-11-10 2021-12-10 2022-01-10 2022-02-10 2022-03-10 2022-04-10 2022-05-10 2022-06-10 2022-07-10 2022-08-10 2022-09-10 2022-10-10 2022-11-10 2022-12-10", null)]
    [InlineData("003", "В соответствии с планом мероприятий МО и НРБ", ScheduleKind.External, "", null)]
    [InlineData("003", "В соответствии с планом работы 1 раз в 2 месяца", ScheduleKind.Recurring, "2021-02-28 2021-04-30 2021-06-30 2021-08-31 2021-10-31 2021-12-31 2022-02-28 2022-04-30 2022-06-30 2022-08-31 2022-10-31 2022-12-31", null)]
    [InlineData("003", "Май 2021 года", ScheduleKind.Range, "2021-05-31", "2021-05-01")]
    [InlineData("003", "Апрель 2021 года", ScheduleKind.Range, "2021-04-30", "2021-04-01")]
    [InlineData("003", "В соответствии со сроками реализации национального проекта «Образования»", ScheduleKind.External, "", null)]
    [InlineData("003", "ежеквартально", ScheduleKind.Recurring, "2021-03-31 2021-06-30 2021-09-30 2021-12-31 2022-03-31 2022-06-30 2022-09-30 2022-12-31", null)]
    [InlineData("003", "В течение года", ScheduleKind.Period, "2022-12-31", null)]
    [InlineData("003", "Фронтальный – май 2021 года Выборочный - ежеквартально", ScheduleKind.Dates, "2021-03-31 2021-05-31 2021-06-30 2021-09-30 2021-12-31 2022-03-31 2022-06-30 2022-09-30 2022-12-31", null)]
    [InlineData("003", "В соответствии с отдельным планом", ScheduleKind.External, "", null)]
    [InlineData("003", "Июнь 2021 года", ScheduleKind.Range, "2021-06-30", "2021-06-01")]
    [InlineData("003", "К 01 сентября 2021 года", ScheduleKind.Due, "2021-09-01", null)]
    [InlineData("003", "Май 2021 года, январь 2022 года", ScheduleKind.Dates, "2021-05-31 2022-01-31", null)]
    [InlineData("003", "Сентябрь 2022 года", ScheduleKind.Range, "2022-09-30", "2022-09-01")]
    [InlineData("003", "Ноябрь 2022 года", ScheduleKind.Range, "2022-11-30", "2022-11-01")]
    [InlineData("003", "Сентябрь 2021 года", ScheduleKind.Range, "2021-09-30", "2021-09-01")]
    // 004: Ярославская область, 2021
    [InlineData("004", "27.01.2021", ScheduleKind.Date, "2021-01-27", null)]
    [InlineData("004", "27-29.01.2021", ScheduleKind.Range, "2021-01-29", "2021-01-27")]
    [InlineData("004", "28.01.2021", ScheduleKind.Date, "2021-01-28", null)]
    [InlineData("004", "08.02.2021", ScheduleKind.Date, "2021-02-08", null)]
    [InlineData("004", "10.02.2021", ScheduleKind.Date, "2021-02-10", null)]
    [InlineData("004", "15.02.2021", ScheduleKind.Date, "2021-02-15", null)]
    [InlineData("004", "02.03.2021", ScheduleKind.Date, "2021-03-02", null)]
    [InlineData("004", "10.03.2021", ScheduleKind.Date, "2021-03-10", null)]
    [InlineData("004", "15.03.2021", ScheduleKind.Date, "2021-03-15", null)]
    [InlineData("004", "20.03.2021", ScheduleKind.Date, "2021-03-20", null)]
    [InlineData("004", "22.03.2021", ScheduleKind.Date, "2021-03-22", null)]
    [InlineData("004", "30.04.2021", ScheduleKind.Date, "2021-04-30", null)]
    [InlineData("004", "30.05.2021", ScheduleKind.Date, "2021-05-30", null)]
    [InlineData("004", "02.07.2021", ScheduleKind.Date, "2021-07-02", null)]
    [InlineData("004", "01.11.2021", ScheduleKind.Date, "2021-11-01", null)]
    [InlineData("004", "09.11.2021", ScheduleKind.Date, "2021-11-09", null)]
    [InlineData("004", "20.12.2021", ScheduleKind.Date, "2021-12-20", null)]
    public void Parse_SeedPhrase_YieldsExpectedKindAndCheckpoints(string seed, string phrase, ScheduleKind kind, string checkpoints, string? start)
    {
        var schedule = ScheduleParser.Parse(phrase, PeriodOf(seed));

        Assert.Equal(kind, schedule.Kind);
        Assert.Equal(Periods.Dates(checkpoints), schedule.Checkpoints);
        Assert.Equal(Periods.Date(start), schedule.Start);
        Assert.Equal(phrase.Trim(), schedule.Text);
    }

    [Fact]
    public void Parse_Seed000WeeklyFridayAt15_YieldsEveryFridayOf2022AtThatTime()
    {
        var schedule = ScheduleParser.Parse("Еженедельно, пятница, 15.00", PeriodOf("000"));

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(new TimeOnly(15, 0), schedule.Time);
        Assert.Equal(52, schedule.Checkpoints.Count);
        Assert.Equal(new DateOnly(2022, 1, 7), schedule.Checkpoints[0]);
        Assert.Equal(new DateOnly(2022, 12, 30), schedule.Checkpoints[^1]);
        Assert.All(schedule.Checkpoints, d => Assert.Equal(DayOfWeek.Friday, d.DayOfWeek));
        Assert.Equal([DayOfWeek.Friday], schedule.Recurrence!.Weekdays);
    }

    [Fact]
    public void Parse_Seed003EmptyDeadline_IsUnknownWithWarning()
    {
        var schedule = ScheduleParser.Parse("", PeriodOf("003"));

        Assert.Equal(ScheduleKind.Unknown, schedule.Kind);
        Assert.Empty(schedule.Checkpoints);
        Assert.False(string.IsNullOrWhiteSpace(schedule.Warning));
    }

    [Fact]
    public void Parse_ExplicitDateBeforePeriod_KeepsDateAndWarns()
    {
        var schedule = ScheduleParser.Parse("До 31 декабря 2021г.", PeriodOf("000"));

        Assert.Equal([new DateOnly(2021, 12, 31)], schedule.Checkpoints);
        Assert.Contains("вне периода", schedule.Warning);
    }

    [Theory]
    [InlineData("По плану РУМО")]
    [InlineData("По графику ФИОКО")]
    [InlineData("По отделному графику")]
    [InlineData("В соответствии с планом мероприятий МО и НРБ")]
    public void Parse_ExternalSchedule_InventsNoDates(string phrase)
    {
        var schedule = ScheduleParser.Parse(phrase, PeriodOf("003"));

        Assert.Equal(ScheduleKind.External, schedule.Kind);
        Assert.Empty(schedule.Checkpoints);
    }

    [Fact]
    public void Parse_SecondMondayOfMonth_DescribesTheRule()
    {
        var recurrence = ScheduleParser.Parse("2 понедельник месяца", PeriodOf("001")).Recurrence;

        Assert.NotNull(recurrence);
        Assert.Equal(RecurrenceUnit.Month, recurrence.Unit);
        Assert.Equal(2, recurrence.WeekdayOrdinal);
        Assert.Equal([DayOfWeek.Monday], recurrence.Weekdays);
    }
}
