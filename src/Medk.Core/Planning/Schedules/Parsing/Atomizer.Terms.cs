namespace Medk.Core.Planning.Schedules.Parsing;

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

    /// <summary>«17.01.2022», «17.01.22», «2022.01.17», «10.03», «03.2022»; «15.10» after a weekday is a time, not a date.</summary>
    private Term? TryNumericTerm(Lexeme lx)
    {
        if (lx.Joint != '.')
        {
            return null;
        }
        var p = lx.Parts;
        if (p.Count == 3 && p[0] is >= 1990 and <= 2100)
        {
            _i++;
            return new DayTerm(p[2], p[1], p[0]);
        }
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
        if (WordAt(j) is "числа" or "число" or "числу" && WordAt(j + 1) is string afterNumber && Vocabulary.Month(afterNumber) is not null)
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
        if (TryIsoRest(year) is Term iso)
        {
            return iso;
        }
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

    /// <summary>«2022-03-15» as an export writes it.</summary>
    private DayTerm? TryIsoRest(int year)
    {
        if (!IsKind(_i, LexemeKind.Dash) || !IsKind(_i + 2, LexemeKind.Dash)
            || At(_i + 1) is not { Kind: LexemeKind.Number, Text.Length: 2, Value: >= 1 and <= 12 } month
            || At(_i + 3) is not { Kind: LexemeKind.Number, Text.Length: 2, Value: >= 1 and <= 31 } day)
        {
            return null;
        }
        _i += 4;
        return new DayTerm(day.Value, month.Value, year);
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
    /// (the ordinals of a range or a list take the unit written after the last).
    /// </summary>
    private Term? TryOrdinalUnitTerm(int number, int j)
    {
        if (Unit(j) is not CalendarUnit unit)
        {
            if (UnitAfterOrdinalList(j) is not int listUnitAt)
            {
                return null;
            }
            var listed = MakeUnitTerm(Unit(listUnitAt)!.Value, number, MonthAfterUnit(listUnitAt), null);
            if (listed is not null)
            {
                _i = j;
            }
            return listed;
        }
        var month = MonthAfterUnit(j);
        var save = _i;
        _i = j + 1 + (month is null ? 0 : 1);
        var term = MakeUnitTerm(unit, number, month, TryYear());
        if (term is null)
        {
            _i = save;
        }
        return term;
    }

    /// <summary>Where the unit of «I-II квартал», «1, 2 и 3 кварталы» is, seen from after the first ordinal.</summary>
    private int? UnitAfterOrdinalList(int k)
    {
        while ((IsKind(k, LexemeKind.Dash) || IsKind(k, LexemeKind.Separator) || WordAt(k) is "и" or "или") && OrdinalAt(k + 1) is not null)
        {
            k = SkipOrdinalSuffix(k + 2, out _);
            if (Unit(k) is not null)
            {
                return k;
            }
        }
        return null;
    }

    private int? MonthAfterUnit(int unitAt) =>
        Unit(unitAt) is CalendarUnit.Decade or CalendarUnit.Week && WordAt(unitAt + 1) is string w ? Vocabulary.Month(w) : null;

    private static Term? MakeUnitTerm(CalendarUnit unit, int number, int? month, int? year) => unit switch
    {
        CalendarUnit.Decade or CalendarUnit.Week when month is int m => new MonthPartTerm(unit, number, m, year),
        CalendarUnit.Quarter when number is -1 or (>= 1 and <= 4) => new PartOfYearTerm(unit, number == -1 ? 4 : number, year),
        CalendarUnit.HalfYear when number is -1 or 1 or 2 => new PartOfYearTerm(unit, number == -1 ? 2 : number, year),
        CalendarUnit.SchoolQuarter when number is -1 or (>= 1 and <= 4) => new PartOfYearTerm(unit, number == -1 ? 4 : number, year),
        _ => null,
    };

    /// <summary>The units an ordinal can count: quarters, half-years, school quarters, decades and weeks of a month.</summary>
    private CalendarUnit? Unit(int index) =>
        WordAt(index) is string w && Vocabulary.Unit(w) is CalendarUnit u
            && u is CalendarUnit.Quarter or CalendarUnit.HalfYear or CalendarUnit.SchoolQuarter or CalendarUnit.Decade or CalendarUnit.Week
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
            return new MonthTerm(month, TryYear() ?? TryYearAfterComma());
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

    /// <summary>«февраль, 2022 г.»: a year set off by a comma, when the phrase ends there or goes on with a new item.</summary>
    private int? TryYearAfterComma()
    {
        if (!IsKind(_i, LexemeKind.Separator) || At(_i + 1) is not { Kind: LexemeKind.Number, Value: >= 1990 and <= 2100 })
        {
            return null;
        }
        if (IsKind(_i + 2, LexemeKind.Dash) || IsKind(_i + 2, LexemeKind.Slash))
        {
            return null;
        }
        var save = _i;
        _i++;
        var year = TryYear();
        if (year is null)
        {
            _i = save;
        }
        return year;
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
        // «последняя декада/неделя марта»; a last quarter or half-year is read as the fourth or second.
        return TryOrdinalUnitTerm(ordinal, next);
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
