namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>One dated statement of a phrase: «до 1 марта» (Before, 1 March), «с 18 января по 4 февраля» (a range).</summary>
internal sealed record Clause(Link Link, Term Term, Term? End = null)
{
    public bool IsRange => End is not null;
}

/// <summary>What a phrase says, before years are filled in: its clauses, its repetitions and its markers.</summary>
internal sealed class Reading
{
    public List<Clause> Clauses { get; } = [];
    public List<RecurrenceDraft> Recurrences { get; } = [];
    public List<string> VagueFrequencies { get; } = [];
    public bool WholePeriod { get; set; }
    public bool External { get; set; }

    /// <summary>«после окончания отчетного периода» without a frequency: which period is not said.</summary>
    public bool LacksReportingPeriod { get; set; }
    public TimeOnly? Time { get; set; }
}

/// <summary>
/// The grammar over atoms. A term after a link makes a clause; two terms joined by a dash, by
/// «с … по/до» or by «между … и» make a range; numbers before a day borrow its month
/// («10-24.03.2022», «10, 17 и 24 марта»); frequencies, weekdays and days of the month gather into
/// recurrence drafts. Anything else (labels, event names) only separates clauses.
/// </summary>
internal sealed class ClauseReader
{
    private readonly List<Atom> _atoms;
    private readonly Reading _reading = new();
    private RecurrenceDraft _draft = new();

    private ClauseReader(List<Atom> atoms) => _atoms = atoms;

    public static Reading Read(List<Atom> atoms)
    {
        var reader = new ClauseReader(atoms);
        reader.Run();
        return reader._reading;
    }

    private void Run()
    {
        var pending = Link.None;
        var i = 0;
        while (i < _atoms.Count)
        {
            var atom = _atoms[i];
            if (atom is LinkAtom link)
            {
                pending = link.Link;
                i++;
                continue;
            }
            if (atom is TermAtom or NumberAtom)
            {
                i = ReadClause(i, pending);
            }
            else
            {
                Note(atom);
                i++;
            }
            pending = Link.None;
        }
        FinishDraft();
        DropSeasonAdjectives();
    }

    /// <summary>«Весенняя сессия 18 марта»: beside a real date a season adjective only names the event.</summary>
    private void DropSeasonAdjectives()
    {
        static bool IsAdjective(Clause c) => c.Term is SeasonTerm { IsAdjective: true } && c.End is null;
        if (_reading.Clauses.Any(c => !IsAdjective(c)))
        {
            _reading.Clauses.RemoveAll(IsAdjective);
        }
    }

    private void Note(Atom atom)
    {
        switch (atom)
        {
            case TimeAtom time:
                _reading.Time ??= time.Time;
                break;
            case PeriodAtom:
                _reading.WholePeriod = true;
                break;
            case ExternalAtom:
                _reading.External = true;
                break;
            case VagueFrequencyAtom vague:
                _reading.VagueFrequencies.Add(vague.Text);
                break;
            case FrequencyAtom frequency:
                if (_draft.HasExplicitUnit)
                {
                    FinishDraft();
                }
                _draft.SetFrequency(frequency);
                break;
            default:
                NoteDaySpec(atom);
                break;
        }
    }

    private void NoteDaySpec(Atom atom)
    {
        var addsOrdinal = atom is NthWeekdayAtom nthAtom && _draft.TakesOrdinal(nthAtom);
        if (atom is DayOfMonthAtom or NthWeekdayAtom or LastDayAtom or WorkdayOfMonthAtom or AfterStepAtom
            && _draft.HasExplicitUnit && _draft.HasMonthDaySpec && !addsOrdinal)
        {
            FinishDraft();
        }
        switch (atom)
        {
            case WeekdayAtom weekday:
                _draft.AddWeekday(weekday.Day);
                break;
            case NthWeekdayAtom nth:
                _draft.SetNthWeekday(nth);
                break;
            case DayOfMonthAtom day:
                _draft.SetDayOfMonth(day.Day);
                break;
            case LastDayAtom last:
                _draft.SetLastDay(last.Workday);
                break;
            case UnitAtom unit:
                _draft.SetUnitWord(unit.Unit);
                break;
            case FollowingAtom following:
                _draft.SetFollowing(following);
                break;
            case WorkdayOfMonthAtom workday:
                _draft.SetWorkdayOfMonth(workday.Number);
                break;
            case AfterStepAtom after:
                _draft.SetAfterStep(after);
                break;
            case MonthOfStepAtom month:
                _draft.MonthOfStep = month.Month;
                break;
        }
    }

    private void FinishDraft()
    {
        if (_draft.Unit is not null)
        {
            _reading.Recurrences.Add(_draft);
        }
        else if (_draft.LacksReportingPeriod)
        {
            _reading.LacksReportingPeriod = true;
        }
        _draft = new RecurrenceDraft();
    }

    private int ReadClause(int i, Link link)
    {
        if (TryRange(i, link) is int afterRange)
        {
            return afterRange;
        }
        if (_atoms[i] is TermAtom term)
        {
            _reading.Clauses.Add(new Clause(link, term.Term));
            return i + 1;
        }
        return ReadNumberList(i, link);
    }

    private int? TryRange(int i, Link link)
    {
        if (i + 2 >= _atoms.Count || !IsRangeJoint(_atoms[i + 1], link) || _atoms[i + 2] is not TermAtom { Term: var end })
        {
            return null;
        }
        var start = _atoms[i] switch
        {
            TermAtom t => t.Term,
            NumberAtom n when end is DayTerm { Month: not null } day => day with { Day = n.Value },
            _ => null,
        };
        if (start is null)
        {
            return null;
        }
        _reading.Clauses.Add(new Clause(Link.From, start, end));
        return i + 3;
    }

    private static bool IsRangeJoint(Atom atom, Link link) => atom switch
    {
        DashAtom => true,
        LinkAtom { Link: Link.Until or Link.Before or Link.NotLater or Link.By } => link is Link.From or Link.After,
        SeparatorAtom { IsAnd: true } => link is Link.Between,
        _ => false,
    };

    /// <summary>«10, 17 и 24 марта»: the numbers take the month (and year) of the day that closes the list.</summary>
    private int ReadNumberList(int i, Link link)
    {
        var numbers = new List<int>();
        var k = i;
        while (k < _atoms.Count && _atoms[k] is NumberAtom number)
        {
            numbers.Add(number.Value);
            k++;
            if (k < _atoms.Count && _atoms[k] is SeparatorAtom)
            {
                k++;
            }
        }
        if (k < _atoms.Count && _atoms[k] is TermAtom { Term: DayTerm { Month: not null } day })
        {
            foreach (var n in numbers)
            {
                _reading.Clauses.Add(new Clause(link, day with { Day = n }));
            }
            _reading.Clauses.Add(new Clause(link, day));
            return k + 1;
        }
        // A lone number («500+», «2 этапа») is not a date.
        return i + 1;
    }
}
