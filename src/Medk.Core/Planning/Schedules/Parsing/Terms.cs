namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>
/// A stretch of the calendar a phrase names, possibly without its year («март», «II квартал 2022»).
/// <see cref="Year"/> is the year the text gave, or null; the resolver supplies one.
/// </summary>
internal abstract record Term(int? Year)
{
    /// <summary>Years the calendar arithmetic stays safe in, a year of margin on each side.</summary>
    public const int MinYear = 2;
    public const int MaxYear = 9997;

    /// <summary>The days the term covers in the given year; null when no such days exist (29.02.2023).</summary>
    public DatePeriod? SpanIn(int year) => year is >= MinYear and <= MaxYear ? Cover(year) : null;

    protected abstract DatePeriod? Cover(int year);

    /// <summary>A bare year, a year range's end: what «по графику на 2022 год» adds nothing to.</summary>
    public virtual bool IsYearOnly => false;

    public DatePeriod? Span => Year is int y ? SpanIn(y) : null;

    public abstract Term WithYear(int year);

    protected static DatePeriod Months(int year, int firstMonth, int monthCount)
    {
        var start = new DateOnly(year, 1, 1).AddMonths(firstMonth - 1);
        return new DatePeriod(start, start.AddMonths(monthCount).AddDays(-1));
    }
}

/// <summary>A day: «28 января», «17.01.2022». Month is null for the «10» of «10-24.03.2022» until it borrows one.</summary>
internal sealed record DayTerm(int Day, int? Month, int? Year) : Term(Year)
{
    protected override DatePeriod? Cover(int year)
    {
        if (Month is not int month || month is < 1 or > 12 || Day < 1 || Day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        var day = new DateOnly(year, month, Day);
        return new DatePeriod(day, day);
    }

    public override Term WithYear(int year) => this with { Year = year };
}

internal sealed record MonthTerm(int Month, int? Year) : Term(Year)
{
    protected override DatePeriod? Cover(int year) => Months(year, Month, 1);

    public override Term WithYear(int year) => this with { Year = year };
}

/// <summary>Quarters (I–IV), half-years, school quarters (четверти), as months of a calendar year.</summary>
internal sealed record PartOfYearTerm(CalendarUnit Unit, int Number, int? Year) : Term(Year)
{
    protected override DatePeriod? Cover(int year) => Unit switch
    {
        CalendarUnit.Quarter when Number is >= 1 and <= 4 => Months(year, (Number * 3) - 2, 3),
        CalendarUnit.HalfYear when Number is 1 or 2 => Months(year, (Number * 6) - 5, 6),
        // School quarters by month: I Sep–Oct, II Nov–Dec, III Jan–Mar, IV Apr–May.
        CalendarUnit.SchoolQuarter => Number switch
        {
            1 => Months(year, 9, 2),
            2 => Months(year, 11, 2),
            3 => Months(year, 1, 3),
            4 => Months(year, 4, 2),
            _ => null,
        },
        _ => null,
    };

    public override Term WithYear(int year) => this with { Year = year };
}

/// <summary>
/// A decade or a week of a month: «первая декада марта» = 1–10 (the third runs to the month's end),
/// «вторая неделя марта» = 8–14; Number -1 is the last («последняя неделя марта» = its last seven days).
/// </summary>
internal sealed record MonthPartTerm(CalendarUnit Unit, int Number, int Month, int? Year) : Term(Year)
{
    protected override DatePeriod? Cover(int year)
    {
        var month = Months(year, Month, 1);
        var (length, count) = Unit == CalendarUnit.Decade ? (10, 3) : (7, 5);
        if (Number == -1)
        {
            return Unit == CalendarUnit.Decade ? new DatePeriod(month.Start.AddDays(20), month.End) : new DatePeriod(month.End.AddDays(-6), month.End);
        }
        if (Number < 1 || Number > count)
        {
            return null;
        }
        var start = month.Start.AddDays((Number - 1) * length);
        if (start > month.End)
        {
            return null;
        }
        var end = Unit == CalendarUnit.Decade && Number == 3 ? month.End : start.AddDays(length - 1);
        return new DatePeriod(start, end > month.End ? month.End : end);
    }

    public override Term WithYear(int year) => this with { Year = year };
}

/// <summary>
/// Seasons by meteorological months. Winter of year Y is December Y-1 – February Y, so «зимой» in a
/// calendar-year roadmap means the winter its January and February belong to.
/// </summary>
internal sealed record SeasonTerm(Season Season, bool IsAdjective, int? Year) : Term(Year)
{
    protected override DatePeriod? Cover(int year) => Season switch
    {
        Season.Winter => Months(year - 1, 12, 3),
        Season.Spring => Months(year, 3, 3),
        Season.Summer => Months(year, 6, 3),
        _ => Months(year, 9, 3),
    };

    public override Term WithYear(int year) => this with { Year = year };
}

/// <summary>A calendar year; Year null for «года» in «до конца года» (the roadmap's year).</summary>
internal sealed record YearTerm(int? Year) : Term(Year)
{
    public override bool IsYearOnly => true;

    protected override DatePeriod? Cover(int year) => Months(year, 1, 12);

    public override Term WithYear(int year) => this with { Year = year };
}

/// <summary>An academic year, 1 September of <see cref="Term.Year"/> – 31 August of the next.</summary>
internal sealed record AcademicYearTerm(int? Year) : Term(Year)
{
    public override bool IsYearOnly => true;

    protected override DatePeriod? Cover(int year) => Months(year, 9, 12);

    public override Term WithYear(int year) => this with { Year = year };
}

internal enum PartKind
{
    Beginning,
    Middle,
    End,
    FirstHalf,
    SecondHalf,
}

/// <summary>
/// «начало марта», «конец года», «вторая половина месяца». Of a month the parts are its decades
/// (halves: 1–15, 16–end); of a longer stretch they are its first, middle or last month.
/// </summary>
internal sealed record PartTerm(PartKind Part, Term Inner) : Term(Inner.Year)
{
    public override bool IsYearOnly => false;

    protected override DatePeriod? Cover(int year) => Inner.SpanIn(year) is DatePeriod inner ? PartOf(inner) : null;

    /// <summary>The single day meant by «к началу …», «до конца …», «к середине …».</summary>
    public DateOnly? PointIn(int year)
    {
        if (Inner.SpanIn(year) is not DatePeriod inner)
        {
            return null;
        }
        return Part switch
        {
            PartKind.Beginning => inner.Start,
            PartKind.Middle => Middle(inner),
            PartKind.FirstHalf => PartOf(inner).End,
            _ => inner.End,
        };
    }

    public override Term WithYear(int year) => new PartTerm(Part, Inner.WithYear(year));

    private DatePeriod PartOf(DatePeriod inner)
    {
        var months = MonthCount(inner);
        if (months <= 1)
        {
            var first = inner.Start;
            var last = inner.End;
            return Part switch
            {
                PartKind.Beginning => new DatePeriod(first, Min(first.AddDays(9), last)),
                PartKind.Middle => new DatePeriod(Min(first.AddDays(10), last), Min(first.AddDays(19), last)),
                PartKind.End => new DatePeriod(Min(first.AddDays(20), last), last),
                PartKind.FirstHalf => new DatePeriod(first, Min(first.AddDays(14), last)),
                _ => new DatePeriod(Min(first.AddDays(15), last), last),
            };
        }
        return Part switch
        {
            PartKind.Beginning => Months(inner.Start.Year, inner.Start.Month, 1),
            PartKind.End => Months(inner.End.Year, inner.End.Month, 1),
            PartKind.Middle => MonthAt(inner, (months - 1) / 2),
            PartKind.FirstHalf => new DatePeriod(inner.Start, MonthAt(inner, (months / 2) - 1).End),
            _ => new DatePeriod(MonthAt(inner, months / 2).Start, inner.End),
        };
    }

    /// <summary>The 15th of a month; the end of the middle month of an even number of months («середина года» → 30 June).</summary>
    private static DateOnly Middle(DatePeriod inner)
    {
        var months = MonthCount(inner);
        if (months <= 1)
        {
            return Min(inner.Start.AddDays(14), inner.End);
        }
        return months % 2 == 0
            ? MonthAt(inner, (months / 2) - 1).End
            : MonthAt(inner, months / 2).Start.AddDays(14);
    }

    private static int MonthCount(DatePeriod p) =>
        ((p.End.Year - p.Start.Year) * 12) + p.End.Month - p.Start.Month + 1;

    private static DatePeriod MonthAt(DatePeriod p, int index) => Months(p.Start.Year, p.Start.Month + index, 1);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
