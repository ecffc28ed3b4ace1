namespace Medk.Core.Schedules.Parsing;

/// <summary>The calendar terms: dates, months, years, quarters, seasons, parts of them.</summary>
internal sealed partial class Atomizer
{
    private Term? TryTerm()
    {
        var lx = _lx[_i];
        return lx.Kind switch
        {
            LexemeKind.Numeric => TryNumericTerm(lx),
            LexemeKind.Number => TryNumberTerm(lx),
            LexemeKind.Word => TryWordTerm(lx.Text),
            _ => null,
        };
    }

    /// <summary>«17.01.2022», «17.01.22», «10.03», «03.2022»; «15.00» after a weekday is a time, not a date.</summary>
    private Term? TryNumericTerm(Lexeme lx)
    {
        if (lx.Joint != '.')
        {
            return null;
        }
        var p = lx.Parts;
        if (p.Count == 3 && p[2] >= 0 && lx.Text.Length - lx.Text.LastIndexOf('.') - 1 is 2 or 4)
        {
            _i++;
            SkipYearWords();
            return new DayTerm(p[0], p[1], p[2] < 100 ? 2000 + p[2] : p[2]);
        }
        if (p.Count != 2)
        {
            return null;
        }
        if (p[0] is >= 1 and <= 12 && p[1] is >= 1990 and <= 2100)
        {
            _i++;
            SkipYearWords();
            return new MonthTerm(p[0], p[1]);
        }
        if (p[0] is >= 1 and <= 31 && p[1] is >= 1 and <= 12 && !InTimeContext())
        {
            _i++;
            return new DayTerm(p[0], p[1], TryYear());
        }
        return null;
    }

    /// <summary>Right after a weekday «15.10» is a time of day («пятница, 15.10»).</summary>
    private bool InTimeContext()
    {
        for (var k = _atoms.Count - 1; k >= 0; k--)
        {
            switch (_atoms[k])
            {
                case SeparatorAtom:
                    continue;
                case WeekdayAtom or NthWeekdayAtom:
                    return true;
                default:
                    return false;
            }
        }
        return false;
    }

    private Term? TryNumberTerm(Lexeme lx)
    {
        var n = lx.Value;
        if (n is >= 1990 and <= 2100)
        {
            return ReadYearLed(n);
        }
        var j = SkipOrdinalSuffix(_i + 1, out _);
        if (WordAt(j) is "числа" or "число" && WordAt(j + 1) is string afterNumber && Vocabulary.Month(afterNumber) is not null)
        {
            j++;
        }
        if (WordAt(j) is string word && Vocabulary.Month(word) is int month && n is >= 1 and <= 31)
        {
            _i = j + 1;
            return new DayTerm(n, month, TryYear());
        }
        if (TryOrdinalUnitTerm(n, j) is Term unitTerm)
        {
            return unitTerm;
        }
        if (lx.Text.Length == 2 && WordAt(_i + 1) is string yearWord && Vocabulary.IsYearWord(yearWord))
        {
            _i++;
            SkipYearWords();
            return new YearTerm(2000 + n);
        }
        return null;
    }

    /// <summary>«2022», «2022 г.», «2022/2023 учебный год», «2022-2023 уч. г.» (a plain «2021-2022» stays two years).</summary>
    private Term ReadYearLed(int year)
    {
        _i++;
        if ((IsKind(_i, LexemeKind.Slash) || IsKind(_i, LexemeKind.Dash)) && At(_i + 1) is { Kind: LexemeKind.Number } next)
        {
            var second = next.Value < 100 ? 2000 + next.Value : next.Value;
            var slash = IsKind(_i, LexemeKind.Slash);
            var academicWord = WordAt(_i + 2) is string w && Vocabulary.IsAcademic(w);
            if (second == year + 1 && (slash || academicWord))
            {
                _i += 2;
                SkipAcademicWords();
                return new AcademicYearTerm(year);
            }
        }
        if (WordAt(_i) is string academic && Vocabulary.IsAcademic(academic))
        {
            SkipAcademicWords();
            return new AcademicYearTerm(year);
        }
        SkipYearWords();
        return new YearTerm(year);
    }

    private void SkipAcademicWords()
    {
        while (WordAt(_i) is string w && (Vocabulary.IsAcademic(w) || Vocabulary.IsYearWord(w)))
        {
            _i++;
        }
    }

    /// <summary>
    /// «3 кв.», «II квартал 2022 года», «1-е полугодие», «первая декада марта», «I-II квартал»
    /// (the first of a range of ordinals takes the unit written after the second).
    /// </summary>
    private Term? TryOrdinalUnitTerm(int number, int j)
    {
        var unitAt = j;
        if (Unit(unitAt) is null && IsKind(j, LexemeKind.Dash) && OrdinalAt(j + 1) is not null)
        {
            unitAt = SkipOrdinalSuffix(j + 2, out _);
            if (Unit(unitAt) is null)
            {
                return null;
            }
            var rangeStart = MakeUnitTerm(Unit(unitAt)!.Value, number, MonthAfterUnit(unitAt), null);
            if (rangeStart is not null)
            {
                _i = j;
            }
            return rangeStart;
        }
        if (Unit(unitAt) is not CalendarUnit unit)
        {
            return null;
        }
        var month = MonthAfterUnit(unitAt);
        var save = _i;
        _i = unitAt + 1 + (month is null ? 0 : 1);
        var term = MakeUnitTerm(unit, number, month, TryYear());
        if (term is null)
        {
            _i = save;
        }
        return term;
    }

    private int? MonthAfterUnit(int unitAt) =>
        Unit(unitAt) == CalendarUnit.Decade && WordAt(unitAt + 1) is string w ? Vocabulary.Month(w) : null;

    private static Term? MakeUnitTerm(CalendarUnit unit, int number, int? month, int? year) => unit switch
    {
        CalendarUnit.Quarter when number is >= 1 and <= 4 => new PartOfYearTerm(unit, number, year),
        CalendarUnit.HalfYear when number is 1 or 2 => new PartOfYearTerm(unit, number, year),
        CalendarUnit.SchoolQuarter when number is >= 1 and <= 4 => new PartOfYearTerm(unit, number, year),
        CalendarUnit.Decade when number is >= 1 and <= 3 && month is int m => new DecadeTerm(number, m, year),
        _ => null,
    };

    /// <summary>The units an ordinal can count: quarters, half-years, school quarters, decades.</summary>
    private CalendarUnit? Unit(int index) =>
        WordAt(index) is string w && Vocabulary.Unit(w) is CalendarUnit u
            && u is CalendarUnit.Quarter or CalendarUnit.HalfYear or CalendarUnit.SchoolQuarter or CalendarUnit.Decade
            ? u
            : null;

    private int? OrdinalAt(int index) => At(index) switch
    {
        { Kind: LexemeKind.Number } n => n.Value,
        { Kind: LexemeKind.Word } w => Vocabulary.Ordinal(w.Text) is int o and > 0 ? o : null,
        _ => null,
    };

    private Term? TryWordTerm(string word)
    {
        if (Vocabulary.Month(word) is int month)
        {
            _i++;
            return new MonthTerm(month, TryYear());
        }
        if (Vocabulary.Ordinal(word) is int ordinal)
        {
            return TryOrdinalWordTerm(ordinal);
        }
        if (Vocabulary.SeasonOf(word) is var (season, adjective))
        {
            _i++;
            return new SeasonTerm(season, adjective, TryYear());
        }
        if (PartOf(word) is PartKind part)
        {
            return TryPartTerm(part);
        }
        if (Vocabulary.IsAcademic(word) && WordAt(_i + 1) is string y && Vocabulary.IsYearWord(y))
        {
            _i++;
            SkipAcademicWords();
            return new AcademicYearTerm(null);
        }
        return TryNamedDay(word);
    }

    private Term? TryOrdinalWordTerm(int ordinal)
    {
        var next = _i + 1;
        if (WordAt(next) is "половина" or "половины" or "половине" or "половину" or "половиной" && ordinal is 1 or 2)
        {
            var save = _i;
            _i = next + 1;
            if (TryInnerTerm() is Term inner)
            {
                return new PartTerm(ordinal == 1 ? PartKind.FirstHalf : PartKind.SecondHalf, inner);
            }
            _i = save;
            return null;
        }
        return ordinal > 0 ? TryOrdinalUnitTerm(ordinal, next) : null;
    }

    private static PartKind? PartOf(string word) => word switch
    {
        "начало" or "начала" or "началу" or "начале" or "началом" => PartKind.Beginning,
        "середина" or "середины" or "середине" or "середину" or "серединой" => PartKind.Middle,
        "конец" or "конца" or "концу" or "конце" or "концом" => PartKind.End,
        _ => null,
    };

    /// <summary>«начало марта», «конец 2022 года», «к началу учебного года», «середина года».</summary>
    private Term? TryPartTerm(PartKind part)
    {
        var save = _i;
        _i++;
        if (TryInnerTerm() is Term inner)
        {
            return new PartTerm(part, inner);
        }
        _i = save;
        return null;
    }

    /// <summary>What a part, a half or «в течение» can apply to; a bare «года» is the roadmap's year.</summary>
    private Term? TryInnerTerm()
    {
        while (WordAt(_i) is "текущего" or "этого" or "всего" or "сего" or "календарного")
        {
            _i++;
        }
        if (At(_i) is null)
        {
            return null;
        }
        if (TryTerm() is Term term)
        {
            return term;
        }
        if (WordAt(_i) is string w && Vocabulary.IsYearWord(w) && w != "г" && w != "гг")
        {
            _i++;
            return new YearTerm(null);
        }
        return null;
    }

    /// <summary>Fixed days of the school calendar: «День знаний» (1 September), «День учителя» (5 October).</summary>
    private Term? TryNamedDay(string word)
    {
        if (word is not ("день" or "дню" or "дня" or "днем"))
        {
            return null;
        }
        (int Day, int Month)? named = WordAt(_i + 1) switch
        {
            "знаний" => (1, 9),
            "учителя" => (5, 10),
            _ => null,
        };
        if (named is not var (day, month))
        {
            return null;
        }
        _i += 2;
        return new DayTerm(day, month, TryYear());
    }
}
