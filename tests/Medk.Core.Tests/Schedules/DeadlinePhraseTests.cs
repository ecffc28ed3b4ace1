using Medk.Core.Planning.Schedules;

namespace Medk.Core.Tests.Schedules;

/// <summary>Deadline phrases that are not in the seeds, over 2019–2027 (leap years 2020 and 2024 included).</summary>
public class DeadlinePhraseTests
{
    [Theory]
    // Days and «до / к / не позднее»
    [InlineData("2019", "15 мая 2019 г.", ScheduleKind.Date, "2019-05-15", null)]
    [InlineData("2019", "не позднее 30.09.2019", ScheduleKind.Due, "2019-09-30", null)]
    [InlineData("2020", "29 февраля", ScheduleKind.Date, "2020-02-29", null)]
    [InlineData("2020", "до 29.02.2020", ScheduleKind.Due, "2020-02-29", null)]
    [InlineData("2020", "к 1 апреля", ScheduleKind.Due, "2020-04-01", null)]
    [InlineData("2023", "не позже 15 июня", ScheduleKind.Due, "2023-06-15", null)]
    [InlineData("2024", "29.02.2024", ScheduleKind.Date, "2024-02-29", null)]
    [InlineData("2024", "до 1-го сентября 2024 года", ScheduleKind.Due, "2024-09-01", null)]
    [InlineData("2025", "31декабря2025г.", ScheduleKind.Date, "2025-12-31", null)]
    [InlineData("2025", "до 20.05.25", ScheduleKind.Due, "2025-05-20", null)]
    [InlineData("2026", "1 сентября", ScheduleKind.Date, "2026-09-01", null)]
    [InlineData("2027", "К 25 мая 2027 года", ScheduleKind.Due, "2027-05-25", null)]
    [InlineData("2023", "до 15 янв. 2023 г.", ScheduleKind.Due, "2023-01-15", null)]
    [InlineData("2024", "срок – до 10 октября", ScheduleKind.Due, "2024-10-10", null)]
    [InlineData("2021", "День знаний", ScheduleKind.Date, "2021-09-01", null)]
    [InlineData("2023", "ко Дню учителя", ScheduleKind.Due, "2023-10-05", null)]
    [InlineData("2022", "ДО 1 ИЮЛЯ 2022 ГОДА", ScheduleKind.Due, "2022-07-01", null)]
    [InlineData("2026", "не позднее 1 декабря 2026г", ScheduleKind.Due, "2026-12-01", null)]
    [InlineData("2019", "до 31.12.2018", ScheduleKind.Due, "2018-12-31", null)]
    // Ranges in their many spellings
    [InlineData("2019", "с 1 по 15 октября", ScheduleKind.Range, "2019-10-15", "2019-10-01")]
    [InlineData("2020", "10–20 апреля 2020 г.", ScheduleKind.Range, "2020-04-20", "2020-04-10")]
    [InlineData("2023", "01.02.2023 – 28.02.2023", ScheduleKind.Range, "2023-02-28", "2023-02-01")]
    [InlineData("2024", "с 20 февраля по 10 марта", ScheduleKind.Range, "2024-03-10", "2024-02-20")]
    [InlineData("2024", "февраль—март", ScheduleKind.Range, "2024-03-31", "2024-02-01")]
    [InlineData("2025", "c 01.09.2025 по 30.09.2025", ScheduleKind.Range, "2025-09-30", "2025-09-01")]
    [InlineData("2026", "апрель-май 2026 года", ScheduleKind.Range, "2026-05-31", "2026-04-01")]
    [InlineData("2027", "сентябрь ‑ октябрь", ScheduleKind.Range, "2027-10-31", "2027-09-01")]
    [InlineData("2022", "между 10 и 20 июня", ScheduleKind.Range, "2022-06-20", "2022-06-10")]
    [InlineData("2023", "с 1 марта до 1 апреля", ScheduleKind.Range, "2023-04-01", "2023-03-01")]
    [InlineData("2019", "в период с 15.04 по 15.05", ScheduleKind.Range, "2019-05-15", "2019-04-15")]
    [InlineData("2021", "1-10 декабря", ScheduleKind.Range, "2021-12-10", "2021-12-01")]
    [InlineData("2020", "декабрь 2020 - январь 2021", ScheduleKind.Range, "2020-12-31", "2020-12-01")]
    [InlineData("2024", "ноябрь 2024 – февраль 2025", ScheduleKind.Range, "2024-12-31", "2024-11-01")]
    [InlineData("2025", "05.03-15.03.2025", ScheduleKind.Range, "2025-03-15", "2025-03-05")]
    [InlineData("2026", "с 25.12.2025 по 15.01.2026", ScheduleKind.Range, "2026-01-15", "2025-12-25")]
    [InlineData("2022", "I-II квартал", ScheduleKind.Range, "2022-06-30", "2022-01-01")]
    // Months, quarters, half-years, seasons, decades, parts
    [InlineData("2019", "апрель", ScheduleKind.Range, "2019-04-30", "2019-04-01")]
    [InlineData("2020", "февраль", ScheduleKind.Range, "2020-02-29", "2020-02-01")]
    [InlineData("2021", "февраль", ScheduleKind.Range, "2021-02-28", "2021-02-01")]
    [InlineData("2023", "в июле", ScheduleKind.Range, "2023-07-31", "2023-07-01")]
    [InlineData("2024", "Февраль 2024 г.", ScheduleKind.Range, "2024-02-29", "2024-02-01")]
    [InlineData("2027", "03.2027", ScheduleKind.Range, "2027-03-31", "2027-03-01")]
    [InlineData("2025", "I квартал", ScheduleKind.Range, "2025-03-31", "2025-01-01")]
    [InlineData("2025", "III квартал 2025 г.", ScheduleKind.Range, "2025-09-30", "2025-07-01")]
    [InlineData("2026", "в 4 квартале", ScheduleKind.Range, "2026-12-31", "2026-10-01")]
    [InlineData("2027", "2-й квартал 2027 года", ScheduleKind.Range, "2027-06-30", "2027-04-01")]
    [InlineData("2020", "3 кв. 2020", ScheduleKind.Range, "2020-09-30", "2020-07-01")]
    [InlineData("2024", "второе полугодие", ScheduleKind.Range, "2024-12-31", "2024-07-01")]
    [InlineData("2023", "1 полугодие 2023 года", ScheduleKind.Range, "2023-06-30", "2023-01-01")]
    [InlineData("2024", "весной", ScheduleKind.Range, "2024-05-31", "2024-03-01")]
    [InlineData("2023", "летом", ScheduleKind.Range, "2023-08-31", "2023-06-01")]
    [InlineData("2019", "осень 2019 года", ScheduleKind.Range, "2019-11-30", "2019-09-01")]
    [InlineData("2024", "зимой", ScheduleKind.Range, "2024-02-29", "2023-12-01")]
    [InlineData("2025", "вторая декада мая", ScheduleKind.Range, "2025-05-20", "2025-05-11")]
    [InlineData("2026", "третья декада февраля", ScheduleKind.Range, "2026-02-28", "2026-02-21")]
    [InlineData("2024", "в третьей декаде февраля", ScheduleKind.Range, "2024-02-29", "2024-02-21")]
    [InlineData("2023", "в начале октября", ScheduleKind.Range, "2023-10-10", "2023-10-01")]
    [InlineData("2023", "в конце ноября", ScheduleKind.Range, "2023-11-30", "2023-11-21")]
    [InlineData("2020", "середина мая", ScheduleKind.Range, "2020-05-20", "2020-05-11")]
    [InlineData("2019", "первая половина 2019 года", ScheduleKind.Range, "2019-06-30", "2019-01-01")]
    [InlineData("2020", "вторая половина года", ScheduleKind.Range, "2020-12-31", "2020-07-01")]
    [InlineData("2021", "в течение марта", ScheduleKind.Range, "2021-03-31", "2021-03-01")]
    [InlineData("2022", "к концу года", ScheduleKind.Due, "2022-12-31", null)]
    [InlineData("2021", "до конца 2021 года", ScheduleKind.Due, "2021-12-31", null)]
    [InlineData("2024", "к середине декабря", ScheduleKind.Due, "2024-12-15", null)]
    [InlineData("2025", "до начала учебного года", ScheduleKind.Due, "2025-09-01", null)]
    [InlineData("2027", "не позднее марта", ScheduleKind.Due, "2027-03-31", null)]
    [InlineData("2020", "до марта", ScheduleKind.Due, "2020-02-29", null)]
    // Academic years
    [InlineData("2023", "2023/2024 учебный год", ScheduleKind.Range, "2023-12-31", "2023-09-01")]
    [InlineData("2023", "2022/2023 учебный год", ScheduleKind.Range, "2023-08-31", "2022-09-01")]
    [InlineData("2022-2023", "2022-2023 учебный год", ScheduleKind.Range, "2023-08-31", "2022-09-01")]
    [InlineData("2026", "в 2026/27 уч. году", ScheduleKind.Range, "2026-12-31", "2026-09-01")]
    // The whole period
    [InlineData("2023", "2023 год", ScheduleKind.Period, "2023-12-31", null)]
    [InlineData("2024", "в течение 2024 года", ScheduleKind.Period, "2024-12-31", null)]
    [InlineData("2025", "на протяжении всего года", ScheduleKind.Period, "2025-12-31", null)]
    [InlineData("2026", "весь период", ScheduleKind.Period, "2026-12-31", null)]
    [InlineData("2019", "систематически", ScheduleKind.Period, "2019-12-31", null)]
    [InlineData("2020", "по мере необходимости", ScheduleKind.Period, "2020-12-31", null)]
    [InlineData("2021", "в течение всего срока реализации проекта", ScheduleKind.Period, "2021-12-31", null)]
    [InlineData("2023-2024", "2023-2024 годы", ScheduleKind.Period, "2024-12-31", null)]
    [InlineData("2020", "круглогодично", ScheduleKind.Period, "2020-12-31", null)]
    [InlineData("2025", "2026 год", ScheduleKind.Range, "2026-12-31", "2026-01-01")]
    // External schedules
    [InlineData("2019", "по графику Рособрнадзора", ScheduleKind.External, "", null)]
    [InlineData("2023", "согласно расписанию", ScheduleKind.External, "", null)]
    [InlineData("2024", "в сроки, установленные Минпросвещения России", ScheduleKind.External, "", null)]
    [InlineData("2025", "по запросу", ScheduleKind.External, "", null)]
    [InlineData("2026", "по плану-графику ФИОКО на 2026 год", ScheduleKind.External, "", null)]
    [InlineData("2022", "по отдельному плану", ScheduleKind.External, "", null)]
    [InlineData("2027", "в соответствии с календарем мероприятий", ScheduleKind.External, "", null)]
    // Recurrences
    [InlineData("2020", "ежемесячно, до 25 числа", ScheduleKind.Recurring, "2020-01-25 2020-02-25 2020-03-25 2020-04-25 2020-05-25 2020-06-25 2020-07-25 2020-08-25 2020-09-25 2020-10-25 2020-11-25 2020-12-25", null)]
    [InlineData("2023", "Ежеквартально", ScheduleKind.Recurring, "2023-03-31 2023-06-30 2023-09-30 2023-12-31", null)]
    [InlineData("2019", "раз в полугодие", ScheduleKind.Recurring, "2019-06-30 2019-12-31", null)]
    [InlineData("2021", "ежегодно", ScheduleKind.Recurring, "2021-12-31", null)]
    [InlineData("2020", "последний понедельник месяца", ScheduleKind.Recurring, "2020-01-27 2020-02-24 2020-03-30 2020-04-27 2020-05-25 2020-06-29 2020-07-27 2020-08-31 2020-09-28 2020-10-26 2020-11-30 2020-12-28", null)]
    [InlineData("2024", "первая среда каждого месяца", ScheduleKind.Recurring, "2024-01-03 2024-02-07 2024-03-06 2024-04-03 2024-05-01 2024-06-05 2024-07-03 2024-08-07 2024-09-04 2024-10-02 2024-11-06 2024-12-04", null)]
    [InlineData("2026", "1 раз в 3 месяца", ScheduleKind.Recurring, "2026-03-31 2026-06-30 2026-09-30 2026-12-31", null)]
    [InlineData("2025", "каждые два месяца", ScheduleKind.Recurring, "2025-02-28 2025-04-30 2025-06-30 2025-08-31 2025-10-31 2025-12-31", null)]
    [InlineData("2023", "по кварталам", ScheduleKind.Recurring, "2023-03-31 2023-06-30 2023-09-30 2023-12-31", null)]
    [InlineData("2024", "до 5 числа месяца, следующего за отчетным", ScheduleKind.Recurring, "2024-02-05 2024-03-05 2024-04-05 2024-05-05 2024-06-05 2024-07-05 2024-08-05 2024-09-05 2024-10-05 2024-11-05 2024-12-05 2025-01-05", null)]
    [InlineData("2022", "ежеквартально, до 10 числа месяца, следующего за отчетным кварталом", ScheduleKind.Recurring, "2022-04-10 2022-07-10 2022-10-10 2023-01-10", null)]
    [InlineData("2027", "ежегодно до 1 сентября", ScheduleKind.Recurring, "2027-09-01", null)]
    [InlineData("2021-2022", "ежегодно в декабре", ScheduleKind.Recurring, "2021-12-31 2022-12-31", null)]
    [InlineData("2023", "дважды в год", ScheduleKind.Recurring, "2023-06-30 2023-12-31", null)]
    [InlineData("2019", "4 раза в год", ScheduleKind.Recurring, "2019-03-31 2019-06-30 2019-09-30 2019-12-31", null)]
    [InlineData("2024", "в последний рабочий день квартала", ScheduleKind.Recurring, "2024-03-29 2024-06-28 2024-09-30 2024-12-31", null)]
    [InlineData("2020", "ежемесячно с сентября по декабрь", ScheduleKind.Recurring, "2020-09-30 2020-10-31 2020-11-30 2020-12-31", null)]
    [InlineData("2025", "еженедельно в течение апреля", ScheduleKind.Recurring, "2025-04-04 2025-04-11 2025-04-18 2025-04-25", null)]
    [InlineData("2023", "каждую пятницу до 1 марта", ScheduleKind.Recurring, "2023-01-06 2023-01-13 2023-01-20 2023-01-27 2023-02-03 2023-02-10 2023-02-17 2023-02-24", null)]
    [InlineData("2024", "в конце каждого месяца", ScheduleKind.Recurring, "2024-01-31 2024-02-29 2024-03-31 2024-04-30 2024-05-31 2024-06-30 2024-07-31 2024-08-31 2024-09-30 2024-10-31 2024-11-30 2024-12-31", null)]
    [InlineData("2022-2023", "ежеквартально", ScheduleKind.Recurring, "2022-03-31 2022-06-30 2022-09-30 2022-12-31 2023-03-31 2023-06-30 2023-09-30 2023-12-31", null)]
    // Several dates
    [InlineData("2023", "10, 20 и 30 марта", ScheduleKind.Dates, "2023-03-10 2023-03-20 2023-03-30", null)]
    [InlineData("2024", "март, июнь, сентябрь, декабрь 2024 г.", ScheduleKind.Dates, "2024-03-31 2024-06-30 2024-09-30 2024-12-31", null)]
    [InlineData("2025", "до 15 мая и до 15 октября", ScheduleKind.Dates, "2025-05-15 2025-10-15", null)]
    [InlineData("2019", "15.03; 15.06; 15.09", ScheduleKind.Dates, "2019-03-15 2019-06-15 2019-09-15", null)]
    [InlineData("2020", "Апрель 2020 года, октябрь 2020 года", ScheduleKind.Dates, "2020-04-30 2020-10-31", null)]
    [InlineData("2026", "март/апрель", ScheduleKind.Dates, "2026-03-31 2026-04-30", null)]
    [InlineData("2021", "1 этап – до 1 марта, 2 этап – до 1 октября", ScheduleKind.Dates, "2021-03-01 2021-10-01", null)]
    [InlineData("2027", "<p>до 10.02.2027</p><p>до 10.09.2027</p>", ScheduleKind.Dates, "2027-02-10 2027-09-10", null)]
    [InlineData("2024", "Ежегодно: март - анкетирование, октябрь - отчет", ScheduleKind.Recurring, "2024-03-31 2024-10-31", null)]
    // Weeks, lists of ordinals, glued and mixed-script spellings
    [InlineData("2022", "первая неделя марта", ScheduleKind.Range, "2022-03-07", "2022-03-01")]
    [InlineData("2024", "последняя неделя февраля", ScheduleKind.Range, "2024-02-29", "2024-02-23")]
    [InlineData("2023", "2 неделя каждого месяца", ScheduleKind.Recurring, "2023-01-14 2023-02-14 2023-03-14 2023-04-14 2023-05-14 2023-06-14 2023-07-14 2023-08-14 2023-09-14 2023-10-14 2023-11-14 2023-12-14", null)]
    [InlineData("2025", "I, II, III, IV кварталы", ScheduleKind.Dates, "2025-03-31 2025-06-30 2025-09-30 2025-12-31", null)]
    [InlineData("2026", "IIквартал", ScheduleKind.Range, "2026-06-30", "2026-04-01")]
    [InlineData("2027", "1кв.2027", ScheduleKind.Range, "2027-03-31", "2027-01-01")]
    [InlineData("2019", "к 20-му числу каждого месяца", ScheduleKind.Recurring, "2019-01-20 2019-02-20 2019-03-20 2019-04-20 2019-05-20 2019-06-20 2019-07-20 2019-08-20 2019-09-20 2019-10-20 2019-11-20 2019-12-20", null)]
    [InlineData("2020", "до 20 числа последнего месяца квартала", ScheduleKind.Recurring, "2020-03-20 2020-06-20 2020-09-20 2020-12-20", null)]
    [InlineData("2021", "не реже одного раза в квартал", ScheduleKind.Recurring, "2021-03-31 2021-06-30 2021-09-30 2021-12-31", null)]
    [InlineData("2022", "3 раза в год", ScheduleKind.Recurring, "2022-04-30 2022-08-31 2022-12-31", null)]
    [InlineData("2023", "февраль, 2023", ScheduleKind.Range, "2023-02-28", "2023-02-01")]
    [InlineData("2024", "В течение года (по отдельному плану)", ScheduleKind.Period, "2024-12-31", null)]
    [InlineData("2025", "по плану на 2025/2026 учебный год", ScheduleKind.External, "", null)]
    [InlineData("2026", "с 01.01.2026 по 31.12.2026", ScheduleKind.Period, "2026-12-31", null)]
    [InlineData("2027", "с марта 2027 г.", ScheduleKind.Range, "2027-12-31", "2027-03-01")]
    [InlineData("2019", "после 15 мая", ScheduleKind.Range, "2019-12-31", "2019-05-16")]
    [InlineData("2024", "2024-03-15", ScheduleKind.Date, "2024-03-15", null)]
    [InlineData("2025", "в течении года", ScheduleKind.Period, "2025-12-31", null)]
    [InlineData("2026", "в начале квартала", ScheduleKind.Recurring, "2026-01-10 2026-04-10 2026-07-10 2026-10-10", null)]
    [InlineData("2027", "к началу месяца", ScheduleKind.Recurring, "2027-01-01 2027-02-01 2027-03-01 2027-04-01 2027-05-01 2027-06-01 2027-07-01 2027-08-01 2027-09-01 2027-10-01 2027-11-01 2027-12-01", null)]
    // A year without a year: the first whose date lies in a two-year period
    [InlineData("2021-2022", "15 марта", ScheduleKind.Date, "2021-03-15", null)]
    [InlineData("2023-2024", "29 февраля", ScheduleKind.Date, "2024-02-29", null)]
    public void Parse_Phrase_YieldsExpectedKindAndCheckpoints(string years, string phrase, ScheduleKind kind, string checkpoints, string? start)
    {
        var schedule = ScheduleParser.Parse(phrase, Periods.Of(years));

        Assert.Equal(kind, schedule.Kind);
        Assert.Equal(Periods.Dates(checkpoints), schedule.Checkpoints);
        Assert.Equal(Periods.Date(start), schedule.Start);
    }

    [Theory]
    [InlineData("2023", "по итогам мониторинга")]
    [InlineData("2024", "после утверждения программы")]
    [InlineData("2025", "в течение двух недель после получения")]
    [InlineData("2026", "2 раза в неделю")]
    [InlineData("2019", "???")]
    [InlineData("2020", "31.04.2020")]
    [InlineData("2021", "29 февраля")]
    [InlineData("2027", "в день проведения")]
    [InlineData("2022", "за неделю до ГИА")]
    [InlineData("2023", "   ")]
    [InlineData("2024", null)]
    public void Parse_PhraseWithoutUsableDate_IsUnknownWithRussianWarning(string years, string? phrase)
    {
        var schedule = ScheduleParser.Parse(phrase, Periods.Of(years));

        Assert.Equal(ScheduleKind.Unknown, schedule.Kind);
        Assert.Empty(schedule.Checkpoints);
        Assert.Matches("[А-Яа-я]", schedule.Warning);
        Assert.Equal((phrase ?? "").Trim(), schedule.Text);
    }

    [Fact]
    public void Parse_WeeklyOnMondays_YieldsEveryMondayOfLeapYear2024()
    {
        var schedule = ScheduleParser.Parse("еженедельно по понедельникам", Periods.Of("2024"));

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(53, schedule.Checkpoints.Count);
        Assert.Equal(new DateOnly(2024, 1, 1), schedule.Checkpoints[0]);
        Assert.Equal(new DateOnly(2024, 12, 30), schedule.Checkpoints[^1]);
    }

    [Fact]
    public void Parse_WednesdaysWithTime_YieldsWednesdaysAndTime()
    {
        var schedule = ScheduleParser.Parse("по средам в 16:00", Periods.Of("2026"));

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(new TimeOnly(16, 0), schedule.Time);
        Assert.Equal(Periods.EveryWeekday(DayOfWeek.Wednesday, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), schedule.Checkpoints);
    }

    [Fact]
    public void Parse_TuesdaysAndThursdays_YieldsBothWeekdaysSorted()
    {
        var schedule = ScheduleParser.Parse("по вторникам и четвергам", Periods.Of("2019"));

        var expected = Periods.EveryWeekday(DayOfWeek.Tuesday, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31))
            .Concat(Periods.EveryWeekday(DayOfWeek.Thursday, new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)))
            .Order();
        Assert.Equal(expected, schedule.Checkpoints);
    }

    [Fact]
    public void Parse_TwiceAMonth_YieldsFifteenthAndLastDayIncludingLeapFebruary()
    {
        var schedule = ScheduleParser.Parse("2 раза в месяц", Periods.Of("2020"));

        Assert.Equal(24, schedule.Checkpoints.Count);
        Assert.Contains(new DateOnly(2020, 2, 15), schedule.Checkpoints);
        Assert.Contains(new DateOnly(2020, 2, 29), schedule.Checkpoints);
    }

    [Fact]
    public void Parse_EveryOtherTuesday_YieldsTuesdaysTwoWeeksApart()
    {
        var schedule = ScheduleParser.Parse("каждый второй вторник", Periods.Of("2023"));

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(new DateOnly(2023, 1, 3), schedule.Checkpoints[0]);
        Assert.All(schedule.Checkpoints.Zip(schedule.Checkpoints.Skip(1)), pair => Assert.Equal(14, pair.Second.DayNumber - pair.First.DayNumber));
    }

    [Fact]
    public void Parse_DateWithTime_KeepsTheTime()
    {
        var schedule = ScheduleParser.Parse("18 апреля 2023 г., 10.00", Periods.Of("2023"));

        Assert.Equal(ScheduleKind.Date, schedule.Kind);
        Assert.Equal([new DateOnly(2023, 4, 18)], schedule.Checkpoints);
        Assert.Equal(new TimeOnly(10, 0), schedule.Time);
    }

    [Fact]
    public void Parse_DailyInLeapYear_Yields366Days()
    {
        var schedule = ScheduleParser.Parse("ежедневно", Periods.Of("2024"));

        Assert.Equal(366, schedule.Checkpoints.Count);
    }

    [Fact]
    public void Parse_WorkingDays_YieldsMondayToFriday()
    {
        var schedule = ScheduleParser.Parse("по рабочим дням", Periods.Of("2025"));

        Assert.Equal(261, schedule.Checkpoints.Count);
        Assert.DoesNotContain(schedule.Checkpoints, d => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    [Fact]
    public void Parse_AcademicYearBeyondPeriod_IsClippedAtPeriodEnd()
    {
        var schedule = ScheduleParser.Parse("2022/2023 учебный год", Periods.Of("2022"));

        Assert.Equal(ScheduleKind.Range, schedule.Kind);
        Assert.Equal(new DateOnly(2022, 9, 1), schedule.Start);
        Assert.Equal([new DateOnly(2022, 12, 31)], schedule.Checkpoints);
    }

    [Fact]
    public void Parse_QuarterlyReportAfterQuarter_KeepsTheFourthQuarterReportAfterPeriodEnd()
    {
        var schedule = ScheduleParser.Parse("ежеквартально до 5 числа месяца, следующего за отчетным кварталом", Periods.Of("2024"));

        // The report on the fourth quarter of 2024 is due in January 2025; the one on 2023's is not this roadmap's.
        Assert.Equal(Periods.Dates("2024-04-05 2024-07-05 2024-10-05 2025-01-05"), schedule.Checkpoints);
        Assert.True(schedule.Recurrence!.InFollowingMonth);
    }

    [Fact]
    public void Parse_VagueFrequency_WarnsAboutTheMissingDays()
    {
        var schedule = ScheduleParser.Parse("2 раза в неделю", Periods.Of("2026"));

        Assert.Contains("2 раза в неделю", schedule.Warning);
    }
}
