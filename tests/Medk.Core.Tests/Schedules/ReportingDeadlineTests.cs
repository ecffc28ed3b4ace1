using Medk.Core.Planning.Schedules;

namespace Medk.Core.Tests.Schedules;

/// <summary>
/// Reporting deadlines stated relative to the reporting period (the month after the quarter, days after its
/// end, the year after the reported one) and n-th weekdays named in pairs. Expected days are counted by hand
/// from the calendar; working days are Monday to Friday (public holidays are not known to the parser). A
/// report for a period that ends inside the roadmap is kept though it falls after the roadmap's end; none is
/// made for a period that ended before the roadmap began (decision 021).
/// </summary>
public class ReportingDeadlineTests
{
    [Theory]
    // The month after the reported quarter, month, half-year
    [InlineData("2022", "ежеквартально, до 10 числа месяца, следующего за отчётным кварталом", "2022-04-10 2022-07-10 2022-10-10 2023-01-10")]
    [InlineData("2022", "Ежеквартально до 10-го числа месяца, следующего за отчетным кварталом", "2022-04-10 2022-07-10 2022-10-10 2023-01-10")]
    [InlineData("2022", "до 10 числа месяца, следующего за отчетным кварталом", "2022-04-10 2022-07-10 2022-10-10 2023-01-10")]
    [InlineData("2022-2023", "до 10 числа месяца, следующего за отчетным кварталом", "2022-04-10 2022-07-10 2022-10-10 2023-01-10 2023-04-10 2023-07-10 2023-10-10 2024-01-10")]
    [InlineData("2022", "ежеквартально, не позднее 20 числа месяца, следующего за отчётным периодом", "2022-04-20 2022-07-20 2022-10-20 2023-01-20")]
    [InlineData("2024", "ежемесячно, не позднее 5-го числа месяца, следующего за отчётным", "2024-02-05 2024-03-05 2024-04-05 2024-05-05 2024-06-05 2024-07-05 2024-08-05 2024-09-05 2024-10-05 2024-11-05 2024-12-05 2025-01-05")]
    [InlineData("2024", "до 5 числа месяца, следующего за отчетным", "2024-02-05 2024-03-05 2024-04-05 2024-05-05 2024-06-05 2024-07-05 2024-08-05 2024-09-05 2024-10-05 2024-11-05 2024-12-05 2025-01-05")]
    [InlineData("2023", "раз в полугодие, до 20 числа месяца, следующего за отчётным полугодием", "2023-07-20 2024-01-20")]
    [InlineData("2021", "в первый рабочий день месяца, следующего за отчётным", "2021-02-01 2021-03-01 2021-04-01 2021-05-03 2021-06-01 2021-07-01 2021-08-02 2021-09-01 2021-10-01 2021-11-01 2021-12-01 2022-01-03")]
    [InlineData("2022", "не позднее 10-го рабочего дня месяца, следующего за отчётным кварталом", "2022-04-14 2022-07-14 2022-10-14 2023-01-13")]
    // The day after the period, days and working days after its end
    [InlineData("2023", "ежеквартально, на следующий день после окончания квартала", "2023-04-01 2023-07-01 2023-10-01 2024-01-01")]
    [InlineData("2023", "на следующий день после окончания отчетного квартала", "2023-04-01 2023-07-01 2023-10-01 2024-01-01")]
    [InlineData("2025", "ежеквартально, в течение 10 рабочих дней после окончания отчётного периода", "2025-04-14 2025-07-14 2025-10-14 2026-01-14")]
    [InlineData("2027", "в течение десяти рабочих дней по окончании квартала", "2027-04-14 2027-07-14 2027-10-14 2028-01-14")]
    [InlineData("2025", "в течение 15 дней после окончания квартала", "2025-04-15 2025-07-15 2025-10-15 2026-01-15")]
    [InlineData("2026", "ежемесячно, в течение 5 рабочих дней после окончания отчётного месяца", "2026-02-06 2026-03-06 2026-04-07 2026-05-07 2026-06-05 2026-07-07 2026-08-07 2026-09-07 2026-10-07 2026-11-06 2026-12-07 2027-01-07")]
    [InlineData("2026", "ежемесячно, на 3-й рабочий день после окончания месяца", "2026-02-04 2026-03-04 2026-04-03 2026-05-05 2026-06-03 2026-07-03 2026-08-05 2026-09-03 2026-10-05 2026-11-04 2026-12-03 2027-01-05")]
    [InlineData("2024", "не позднее 30 календарных дней после окончания отчётного года", "2025-01-30")]
    // The year after the reported one
    [InlineData("2022", "до 15 января года, следующего за отчётным", "2023-01-15")]
    [InlineData("2021-2022", "до 15 января года, следующего за отчётным", "2022-01-15 2023-01-15")]
    [InlineData("2024", "ежегодно, до 1 февраля года, следующего за отчётным", "2025-02-01")]
    // Two weekdays of a month
    [InlineData("2023", "каждый первый и третий вторник месяца", "2023-01-03 2023-01-17 2023-02-07 2023-02-21 2023-03-07 2023-03-21 2023-04-04 2023-04-18 2023-05-02 2023-05-16 2023-06-06 2023-06-20 2023-07-04 2023-07-18 2023-08-01 2023-08-15 2023-09-05 2023-09-19 2023-10-03 2023-10-17 2023-11-07 2023-11-21 2023-12-05 2023-12-19")]
    [InlineData("2024", "во второй и четвёртый четверг каждого месяца", "2024-01-11 2024-01-25 2024-02-08 2024-02-22 2024-03-14 2024-03-28 2024-04-11 2024-04-25 2024-05-09 2024-05-23 2024-06-13 2024-06-27 2024-07-11 2024-07-25 2024-08-08 2024-08-22 2024-09-12 2024-09-26 2024-10-10 2024-10-24 2024-11-14 2024-11-28 2024-12-12 2024-12-26")]
    [InlineData("2023", "по первым и третьим понедельникам месяца", "2023-01-02 2023-01-16 2023-02-06 2023-02-20 2023-03-06 2023-03-20 2023-04-03 2023-04-17 2023-05-01 2023-05-15 2023-06-05 2023-06-19 2023-07-03 2023-07-17 2023-08-07 2023-08-21 2023-09-04 2023-09-18 2023-10-02 2023-10-16 2023-11-06 2023-11-20 2023-12-04 2023-12-18")]
    [InlineData("2024", "каждую вторую и последнюю пятницу месяца", "2024-01-12 2024-01-26 2024-02-09 2024-02-23 2024-03-08 2024-03-29 2024-04-12 2024-04-26 2024-05-10 2024-05-31 2024-06-14 2024-06-28 2024-07-12 2024-07-26 2024-08-09 2024-08-30 2024-09-13 2024-09-27 2024-10-11 2024-10-25 2024-11-08 2024-11-29 2024-12-13 2024-12-27")]
    [InlineData("2023", "ежемесячно, 1-й и 3-й вторник", "2023-01-03 2023-01-17 2023-02-07 2023-02-21 2023-03-07 2023-03-21 2023-04-04 2023-04-18 2023-05-02 2023-05-16 2023-06-06 2023-06-20 2023-07-04 2023-07-18 2023-08-01 2023-08-15 2023-09-05 2023-09-19 2023-10-03 2023-10-17 2023-11-07 2023-11-21 2023-12-05 2023-12-19")]
    public void Parse_ReportingPhrase_YieldsTheReportDays(string years, string phrase, string checkpoints)
    {
        var schedule = ScheduleParser.Parse(phrase, Periods.Of(years));

        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(Periods.Dates(checkpoints), schedule.Checkpoints);
        Assert.Null(schedule.Warning);
    }

    [Fact]
    public void Parse_MondaysAndFridays_YieldsBothWeekdaysOfTheYear()
    {
        var schedule = ScheduleParser.Parse("по понедельникам и пятницам", Periods.Of("2025"));

        var expected = Periods.EveryWeekday(DayOfWeek.Monday, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))
            .Concat(Periods.EveryWeekday(DayOfWeek.Friday, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)))
            .Order();
        Assert.Equal(ScheduleKind.Recurring, schedule.Kind);
        Assert.Equal(expected, schedule.Checkpoints);
    }

    [Theory]
    [InlineData("в течение 10 рабочих дней после окончания отчётного периода")]
    [InlineData("не позднее 5 дней после окончания отчетного периода")]
    public void Parse_ReportingPeriodNotNamed_IsUnknownAndAsksForTheFrequency(string phrase)
    {
        var schedule = ScheduleParser.Parse(phrase, Periods.Of("2024"));

        Assert.Equal(ScheduleKind.Unknown, schedule.Kind);
        Assert.Empty(schedule.Checkpoints);
        Assert.Contains("отчётный период", schedule.Warning);
    }

    [Fact]
    public void Parse_QuarterlyReport_DescribesTheRuleInRussian()
    {
        var quarterly = ScheduleParser.Parse("ежеквартально, в течение 10 рабочих дней после окончания отчётного периода", Periods.Of("2025"));
        var weekdays = ScheduleParser.Parse("каждый первый и третий вторник месяца", Periods.Of("2025"));

        Assert.Equal("ежеквартально: через 10 рабочих дн. после окончания отчетного периода", quarterly.Recurrence!.Description);
        Assert.True(quarterly.Recurrence.ReportsAfterStep);
        Assert.Equal("ежемесячно: 1-й и 3-й вторник месяца", weekdays.Recurrence!.Description);
    }

    /// <summary>Every year 2019–2030, one- and two-year periods: one report per reported period, after its end.</summary>
    [Theory]
    [InlineData("ежеквартально, до 10 числа месяца, следующего за отчётным кварталом", 3)]
    [InlineData("ежемесячно, не позднее 5-го числа месяца, следующего за отчётным", 1)]
    [InlineData("на следующий день после окончания квартала", 3)]
    [InlineData("в течение 10 рабочих дней после окончания отчетного полугодия", 6)]
    [InlineData("до 15 января года, следующего за отчётным", 12)]
    public void Parse_ReportAfterPeriod_OneReportPerReportedPeriod_EachAfterIt(string phrase, int months)
    {
        for (var year = 2019; year <= 2030; year++)
        {
            foreach (var period in new[] { DatePeriod.Year(year), new DatePeriod(new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31)) })
            {
                var schedule = ScheduleParser.Parse(phrase, period);
                var periodMonths = ((period.End.Year - period.Start.Year) * 12) + 12;
                Assert.Equal(periodMonths / months, schedule.Checkpoints.Count);
                Assert.All(schedule.Checkpoints, d => Assert.True(d > period.Start.AddMonths(months).AddDays(-1), $"{phrase}: {d} ({year})"));
                Assert.True(schedule.Checkpoints[^1] > period.End);
                Assert.True(schedule.Checkpoints[^1] < period.End.AddMonths(2));
            }
        }
    }
}
