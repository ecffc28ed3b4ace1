using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Events;
using Medk.Core.Tests.Schedules;

namespace Medk.Core.Tests.FiveHundredPlus.Events;

public class ProjectEventTests
{
    private const int Municipality = 10;
    private const int SchoolA = 101;
    private const int SchoolB = 102;
    private static readonly Guid Coordinator = Guid.Parse("7a1c0000-0000-0000-0000-000000000001");
    private static readonly Guid OtherCoordinator = Guid.Parse("7a1c0000-0000-0000-0000-000000000002");
    private static readonly DateTimeOffset Now = new(2022, 1, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private static ProjectEvent Event(string schedule, int year = 2022, string title = "Вебинар для ШНОР") =>
        new(title, EventKind.Webinar, Municipality, year, schedule, Coordinator, Now);

    /// <summary>A weekly webinar with two invited schools: 52 Fridays of 2022.</summary>
    private static ProjectEvent Weekly()
    {
        var ev = Event("еженедельно, пятница, 15.00");
        ev.Invite(SchoolA);
        ev.Invite(SchoolB);
        return ev;
    }

    private static readonly DateOnly FirstFriday = new(2022, 1, 7);
    private static readonly DateOnly SecondFriday = new(2022, 1, 14);

    [Fact]
    public void Constructor_OneDate_HasThatSingleOccurrence()
    {
        var ev = Event("15.03.2022");

        Assert.Equal(new DateOnly(2022, 3, 15), Assert.Single(ev.Occurrences).Date);
        Assert.Equal("15.03.2022", ev.ScheduleText);
        Assert.Null(ev.Time);
        Assert.Equal(Municipality, ev.OrganizerId);
        Assert.Equal(Coordinator, ev.CreatedBy);
        Assert.Equal(Now, ev.CreatedAt);
        Assert.Empty(ev.Invitations);
    }

    [Fact]
    public void Constructor_WeeklyOnFridaysAt15_OccursEveryFridayOfTheYearAtThatTime()
    {
        var ev = Event("  еженедельно, пятница, 15.00 ");

        var expected = Periods.EveryWeekday(DayOfWeek.Friday, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        Assert.Equal(expected, ev.Occurrences.Select(o => o.Date));
        Assert.Equal(52, ev.Occurrences.Count);
        Assert.Equal(new TimeOnly(15, 0), ev.Time);
        Assert.Equal("еженедельно, пятница, 15.00", ev.ScheduleText);
    }

    [Fact]
    public void Constructor_MonthlyOnThe25th_OccursTwelveTimesInDateOrder()
    {
        var ev = Event("ежемесячно, до 25 числа");

        Assert.Equal(Enumerable.Range(1, 12).Select(m => new DateOnly(2022, m, 25)), ev.Occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Constructor_WeeklyOnMondaysOfALeapYear_IncludesTheLastDayOfTheYear()
    {
        // 2024 is a leap year starting on a Monday: 53 Mondays, the last on 30 December.
        var ev = Event("еженедельно по понедельникам", year: 2024);

        Assert.Equal(Periods.EveryWeekday(DayOfWeek.Monday, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), ev.Occurrences.Select(o => o.Date));
        Assert.Equal(53, ev.Occurrences.Count);
    }

    [Fact]
    public void Constructor_LeapDayInALeapYear_IsItsOccurrence() =>
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(Event("29 февраля", year: 2024).Occurrences).Date);

    [Fact]
    public void Constructor_FirstAndLastDaysOfTheYear_AreBothOccurrences()
    {
        var ev = Event("01.01.2022 31.12.2022");
        Assert.Equal(new[] { new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31) }, ev.Occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Constructor_SeveralDates_AreOccurrencesInDateOrderOnce()
    {
        var ev = Event("16.05.2022 29.04.2022 01.06.2022 29.04.2022");
        Assert.Equal(new[] { new DateOnly(2022, 4, 29), new DateOnly(2022, 5, 16), new DateOnly(2022, 6, 1) }, ev.Occurrences.Select(o => o.Date));
    }

    [Fact]
    public void Record_OnTheLeapDay_IsAccepted()
    {
        var ev = Event("29 февраля", year: 2024);
        ev.Invite(SchoolA);
        ev.Record(new DateOnly(2024, 2, 29), SchoolA, true, Coordinator, Now);
        Assert.Equal(100.0m, ev.Share().Percent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_WithoutTitle_IsRefused(string? title)
    {
        var e = Assert.Throws<DomainException>(() => new ProjectEvent(title, EventKind.Seminar, Municipality, 2022, "15.03.2022", Coordinator, Now));
        Assert.Equal("title", e.Field);
        Assert.Contains("Назовите мероприятие", e.Message);
    }

    [Fact]
    public void Constructor_TitleOfTheMaximumLength_IsAcceptedAndOneLonger_IsRefused()
    {
        Assert.Equal(ProjectEvent.TitleMaxLength, Event("15.03.2022", title: new string('в', ProjectEvent.TitleMaxLength)).Title.Length);
        var e = Assert.Throws<DomainException>(() => Event("15.03.2022", title: new string('в', ProjectEvent.TitleMaxLength + 1)));
        Assert.Equal("title", e.Field);
        Assert.Contains("до 300 символов", e.Message);
    }

    [Fact]
    public void Constructor_UnknownKind_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => new ProjectEvent("Вебинар", (EventKind)99, Municipality, 2022, "15.03.2022", Coordinator, Now));
        Assert.Equal("kind", e.Field);
        Assert.Contains("вид мероприятия", e.Message);
    }

    [Theory]
    [InlineData(2019)]
    [InlineData(2101)]
    public void Constructor_YearOutOfRange_IsRefused(int year)
    {
        var e = Assert.Throws<DomainException>(() => Event("15 марта", year: year));
        Assert.Equal("year", e.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_WithoutSchedule_IsRefusedWithAnExample(string? schedule)
    {
        var e = Assert.Throws<DomainException>(() => new ProjectEvent("Вебинар", EventKind.Webinar, Municipality, 2022, schedule, Coordinator, Now));
        Assert.Equal("schedule", e.Field);
        Assert.Contains("еженедельно, пятница, 15.00", e.Message);
    }

    [Fact]
    public void Constructor_ScheduleLongerThanTheMaximum_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Event("15.03.2022 " + new string('x', ProjectEvent.ScheduleMaxLength)));
        Assert.Equal("schedule", e.Field);
    }

    [Theory]
    [InlineData("по графику ФИОКО")]
    [InlineData("когда получится")]
    public void Constructor_ScheduleWithoutDates_IsRefusedQuotingThePhraseAndYear(string schedule)
    {
        var e = Assert.Throws<DomainException>(() => Event(schedule));
        Assert.Equal("schedule", e.Field);
        Assert.Contains($"«{schedule}»", e.Message);
        Assert.Contains("2022 году", e.Message);
    }

    [Fact]
    public void Constructor_LeapDayInACommonYear_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Event("29.02.2023", year: 2023));
        Assert.Equal("schedule", e.Field);
    }

    [Fact]
    public void Constructor_DateOfAnotherYear_IsRefused()
    {
        // The occurrences are the event's dates «in its year»: a date of the year before would never be held.
        var e = Assert.Throws<DomainException>(() => Event("15.03.2021", year: 2022));
        Assert.Equal("schedule", e.Field);
        Assert.Contains("2022 году", e.Message);
    }

    [Fact]
    public void Constructor_DatesOfTwoYears_KeepsThoseOfTheEventYear() =>
        Assert.Equal(new DateOnly(2022, 3, 15), Assert.Single(Event("15.12.2021 15.03.2022", year: 2022).Occurrences).Date);

    [Fact]
    public void Constructor_RangeAcrossNewYear_KeepsOnlyTheDatesOfTheEventYear()
    {
        var ev = Event("еженедельно с 15 декабря 2022 по 31 января 2023", year: 2022);
        Assert.NotEmpty(ev.Occurrences);
        Assert.All(ev.Occurrences, o => Assert.Equal(2022, o.Date.Year));
    }

    [Fact]
    public void Constructor_Daily_StaysWithinTheOccurrenceLimit()
    {
        var ev = Event("ежедневно", year: 2024);
        Assert.InRange(ev.Occurrences.Count, 1, ProjectEvent.MaxOccurrences);
        Assert.Equal(ev.Occurrences.Count, ev.Occurrences.Select(o => o.Date).Distinct().Count());
    }

    [Fact]
    public void Invite_TheOrganizer_IsRefused()
    {
        var ev = Event("15.03.2022");
        var e = Assert.Throws<DomainException>(() => ev.Invite(Municipality));
        Assert.Equal("invited", e.Field);
        Assert.Contains("Организатор не приглашает сам себя", e.Message);
        Assert.Empty(ev.Invitations);
    }

    [Fact]
    public void Invite_Twice_KeepsOneInvitation()
    {
        var ev = Event("15.03.2022");
        ev.Invite(SchoolA);
        ev.Invite(SchoolA);
        Assert.Equal(SchoolA, Assert.Single(ev.Invitations).OrganizationId);
    }

    [Fact]
    public void Record_InvitedOnAnOccurrence_KeepsWhoRecordedAndWhen()
    {
        var ev = Weekly();
        ev.Record(FirstFriday, SchoolA, present: true, Coordinator, Now);

        var mark = Assert.Single(ev.Attendance);
        Assert.Equal(FirstFriday, mark.Date);
        Assert.Equal(SchoolA, mark.OrganizationId);
        Assert.True(mark.Present);
        Assert.Equal(Coordinator, mark.RecordedBy);
        Assert.Equal(Now, mark.RecordedAt);
    }

    [Fact]
    public void Record_Again_ReplacesTheFirstMark()
    {
        var ev = Weekly();
        ev.Record(FirstFriday, SchoolA, present: true, Coordinator, Now);
        ev.Record(FirstFriday, SchoolA, present: false, OtherCoordinator, Now.AddHours(1));

        var mark = Assert.Single(ev.Attendance);
        Assert.False(mark.Present);
        Assert.Equal(OtherCoordinator, mark.RecordedBy);
        Assert.Equal(Now.AddHours(1), mark.RecordedAt);
    }

    [Fact]
    public void Record_DayWithoutAnOccurrence_IsRefusedNamingTheDate()
    {
        var ev = Weekly();
        var thursday = new DateOnly(2022, 1, 6);
        var e = Assert.Throws<DomainException>(() => ev.Record(thursday, SchoolA, true, Coordinator, Now));

        Assert.Equal("date", e.Field);
        Assert.Equal("06.01.2022 мероприятие не проводилось по расписанию.", e.Message);
        Assert.Empty(ev.Attendance);
    }

    [Fact]
    public void Record_OrganizationNotInvited_IsRefused()
    {
        var ev = Weekly();
        var e = Assert.Throws<DomainException>(() => ev.Record(FirstFriday, 999, true, Coordinator, Now));
        Assert.Equal("organizationId", e.Field);
        Assert.Contains("не приглашена", e.Message);
    }

    [Fact]
    public void Share_NothingRecorded_HasNoPercent()
    {
        var share = Weekly().Share();
        Assert.Equal(new AttendanceShare(0, 0, 0), share);
        Assert.Null(share.Percent);
    }

    [Fact]
    public void Share_NobodyInvited_HasNoPercent() =>
        Assert.Null(Event("15.03.2022").Share().Percent);

    [Fact]
    public void Share_CountsEveryInvitedOrganizationOnEachRecordedOccurrence()
    {
        var ev = Weekly();
        ev.Record(FirstFriday, SchoolA, true, Coordinator, Now);
        ev.Record(FirstFriday, SchoolB, true, Coordinator, Now);
        // On the second Friday only A is marked: B was expected too, and counts as absent.
        ev.Record(SecondFriday, SchoolA, true, Coordinator, Now);

        var share = ev.Share();
        Assert.Equal(2, share.RecordedOccurrences);
        Assert.Equal(4, share.Invited);
        Assert.Equal(3, share.Attended);
        Assert.Equal(75.0m, share.Percent);
    }

    [Fact]
    public void Share_FutureOccurrences_DoNotLowerIt()
    {
        var ev = Weekly();
        ev.Record(FirstFriday, SchoolA, true, Coordinator, Now);
        ev.Record(FirstFriday, SchoolB, true, Coordinator, Now);

        Assert.Equal(100.0m, ev.Share().Percent);
    }

    [Fact]
    public void Share_AbsentMarks_CountAsExpectedNotAttended()
    {
        var ev = Weekly();
        ev.Record(FirstFriday, SchoolA, false, Coordinator, Now);
        ev.Record(FirstFriday, SchoolB, false, Coordinator, Now);

        var share = ev.Share();
        Assert.Equal(2, share.Invited);
        Assert.Equal(0, share.Attended);
        Assert.Equal(0m, share.Percent);
    }

    [Fact]
    public void Share_NineOfTenPresent_ReachesNinetyPercent()
    {
        // «участие приняли не менее 90%»: ten schools on one webinar, nine came.
        var ev = Event("15.03.2022");
        var day = new DateOnly(2022, 3, 15);
        for (var school = 201; school <= 210; school++)
        {
            ev.Invite(school);
            ev.Record(day, school, present: school != 210, Coordinator, Now);
        }

        var share = ev.Share();
        Assert.Equal((10, 9), (share.Invited, share.Attended));
        Assert.Equal(90.0m, share.Percent);
    }

    [Fact]
    public void ShareOf_AnOrganizationNotMarkedOnARecordedOccurrence_CountsItAsMissed()
    {
        var ev = Weekly();
        ev.Record(FirstFriday, SchoolA, true, Coordinator, Now);
        ev.Record(FirstFriday, SchoolB, true, Coordinator, Now);
        ev.Record(SecondFriday, SchoolA, true, Coordinator, Now);

        Assert.Equal(new AttendanceShare(2, 2, 2), ev.ShareOf(SchoolA));
        Assert.Equal(new AttendanceShare(2, 1, 2), ev.ShareOf(SchoolB));
        Assert.Equal(50.0m, ev.ShareOf(SchoolB).Percent);
    }

    [Fact]
    public void ShareOf_EveryInvitedOrganization_AddsUpToTheEventShare()
    {
        var ev = Weekly();
        ev.Invite(103);
        ev.Record(FirstFriday, SchoolA, true, Coordinator, Now);
        ev.Record(FirstFriday, SchoolB, false, Coordinator, Now);
        ev.Record(SecondFriday, 103, true, Coordinator, Now);

        var parts = ev.Invitations.Select(i => ev.ShareOf(i.OrganizationId)).ToList();
        var whole = ev.Share();
        Assert.Equal(whole.Invited, parts.Sum(p => p.Invited));
        Assert.Equal(whole.Attended, parts.Sum(p => p.Attended));
        Assert.All(parts, p => Assert.Equal(whole.RecordedOccurrences, p.RecordedOccurrences));
    }

    [Fact]
    public void ShareOf_NotInvited_IsEmpty()
    {
        var ev = Weekly();
        ev.Record(FirstFriday, SchoolA, true, Coordinator, Now);
        Assert.Null(ev.ShareOf(999).Percent);
    }

    [Theory]
    [InlineData(3, 2, 66.7)]
    [InlineData(3, 1, 33.3)]
    [InlineData(8, 1, 12.5)]
    [InlineData(16, 1, 6.3)]
    [InlineData(16, 3, 18.8)]
    public void Percent_HasOneDecimalRoundedHalfUp(int invited, int attended, double percent) =>
        Assert.Equal((decimal)percent, new AttendanceShare(invited, attended, 1).Percent);

    [Fact]
    public void Of_IgnoresMarksOfOrganizationsNotInvited()
    {
        var day = new DateOnly(2022, 3, 15);
        AttendanceMark[] marks =
        [
            new(day, SchoolA, true, Coordinator, Now),
            new(day, 999, true, Coordinator, Now),
            new(day.AddDays(7), 999, true, Coordinator, Now),
        ];

        var share = AttendanceShare.Of([SchoolA, SchoolB], marks);
        Assert.Equal(new AttendanceShare(2, 1, 1), share);
    }

    [Fact]
    public void Of_DuplicateInvitations_CountOnce()
    {
        var day = new DateOnly(2022, 3, 15);
        var share = AttendanceShare.Of([SchoolA, SchoolA], [new AttendanceMark(day, SchoolA, true, Coordinator, Now)]);
        Assert.Equal(new AttendanceShare(1, 1, 1), share);
    }

    [Fact]
    public void Glossary_NamesEveryKindInRussian()
    {
        Assert.Equal(["Вебинар", "Семинар", "ВКС", "Консультация"], Enum.GetValues<EventKind>().Select(EventGlossary.Kind));
    }
}
