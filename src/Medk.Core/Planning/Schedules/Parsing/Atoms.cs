namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>How a date relates to the deadline: «до», «к», «не позднее», «с», «по», «в течение».</summary>
internal enum Link
{
    None,

    /// <summary>«до»: by a day; before a month or a year («до марта» = by the end of February).</summary>
    Before,

    /// <summary>«к»: by a day; by the start of a month or a year.</summary>
    By,

    /// <summary>«не позднее», «не позже», «по» without «с»: by a day, by the end of a month.</summary>
    NotLater,

    /// <summary>«с», «начиная с», «не ранее»: from a day on.</summary>
    From,

    /// <summary>«после»: from the day after.</summary>
    After,

    /// <summary>«по» after «с»: the end of a range.</summary>
    Until,

    /// <summary>«между … и …».</summary>
    Between,

    /// <summary>«в течение», «на протяжении»: throughout.</summary>
    During,
}

/// <summary>What the lexemes of a phrase mean, one step above words.</summary>
internal abstract record Atom;

internal sealed record TermAtom(Term Term) : Atom;

/// <summary>A bare number: maybe the first day of «10-24.03.2022» or of «10, 17 и 24 марта», maybe noise.</summary>
internal sealed record NumberAtom(int Value) : Atom;

internal sealed record LinkAtom(Link Link) : Atom;

/// <summary>A list separator; <see cref="IsAnd"/> for «и», which closes «между … и …».</summary>
internal sealed record SeparatorAtom(bool IsAnd) : Atom;

internal sealed record DashAtom : Atom;

internal sealed record TimeAtom(TimeOnly Time) : Atom;

/// <summary>A frequency: «еженедельно» (Week, 1), «1 раз в 2 месяца» (Month, 2), «ежеквартально» (Month, 3).</summary>
internal sealed record FrequencyAtom(CalendarUnit Unit, int Every, bool SemiMonthly = false) : Atom;

/// <summary>A frequency the parser cannot place on days («2 раза в неделю» without the days).</summary>
internal sealed record VagueFrequencyAtom(string Text) : Atom;

internal sealed record WeekdayAtom(DayOfWeek Day) : Atom;

/// <summary>«2 понедельник месяца», «последняя пятница месяца» (Ordinal -1); EveryOther for «каждый второй вторник».</summary>
internal sealed record NthWeekdayAtom(int Ordinal, DayOfWeek Day, bool EveryOther = false) : Atom;

/// <summary>«10 числа».</summary>
internal sealed record DayOfMonthAtom(int Day) : Atom;

/// <summary>«последний (рабочий) день».</summary>
internal sealed record LastDayAtom(bool Workday) : Atom;

/// <summary>A bare unit word after a day spec: the «месяца» of «2 понедельник месяца».</summary>
internal sealed record UnitAtom(CalendarUnit Unit) : Atom;

/// <summary>
/// «(месяца,) следующего за отчетным кварталом»: the day falls in the month after each unit. Unit null for
/// «следующего за отчетным (периодом)»: the unit is the recurrence's step, else the month. InYear for
/// «(до 15 января) года, следующего за отчетным»: the day falls in the year after each year.
/// </summary>
internal sealed record FollowingAtom(CalendarUnit? Unit, bool InYear = false) : Atom;

/// <summary>
/// «на следующий день после окончания квартала» (1 day), «в течение 10 рабочих дней после окончания отчетного
/// периода» (10 workdays): a day counted from the end of each unit; Unit null for «отчетного периода».
/// </summary>
internal sealed record AfterStepAtom(int Days, bool Workdays, CalendarUnit? Unit) : Atom;

/// <summary>«10-го рабочего дня», «в первый рабочий день»: the n-th Monday-to-Friday of a month.</summary>
internal sealed record WorkdayOfMonthAtom(int Number) : Atom;

/// <summary>Which month of each quarter the day falls in: 1 for «в начале квартала».</summary>
internal sealed record MonthOfStepAtom(int Month) : Atom;

/// <summary>The whole period: «постоянно», «в течение года».</summary>
internal sealed record PeriodAtom : Atom;

/// <summary>Dates set elsewhere: «по графику ФИОКО», «в соответствии с планом».</summary>
internal sealed record ExternalAtom : Atom;

/// <summary>A word that means nothing here: a label («Фронтальный – …») or the name of an event.</summary>
internal sealed record WordAtom(string Word) : Atom;
