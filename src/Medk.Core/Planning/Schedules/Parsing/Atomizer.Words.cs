namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>Everything but calendar terms: links, frequencies, weekdays, period and external markers.</summary>
internal sealed partial class Atomizer
{
    private static readonly string[] ExternalStems =
    [
        "график", "расписани", "регламент", "календар", "согласно", "соответстви", "отдельн", "отделн", "согласовани",
        "запрос", "поступлени", "приглашени", "контрольн", "установленн", "устанавлива", "определя", "определен",
        "уведомлени", "распоряжени", "приказ", "положени", "сроки", "сроков", "срокам", "сроками", "сроках",
    ];

    private static readonly HashSet<string> PlanForms = ["план", "плана", "плану", "планом", "плане", "планы", "планов", "планам", "планами", "планах"];

    /// <summary>What «в течение …», «весь …» may be followed by to mean the whole roadmap period.</summary>
    private static readonly string[] WholePeriodStems =
    [
        "год", "период", "проект", "реализаци", "сопровождени", "срок", "программ", "дорожн", "цикл", "работ", "мероприяти",
    ];

    private void ReadNumber()
    {
        var lx = _lx[_i];
        var n = lx.Value;
        var j = SkipOrdinalSuffix(_i + 1, out _);
        var next = WordAt(j);
        if (TryOrdinalWeekdays(n, j) || TryDaysAfterStep(n, j) || TryWorkdayOfMonth(n, j))
        {
            return;
        }
        if (next is not null && Vocabulary.Weekday(next) is DayOfWeek day && n is >= 1 and <= 5)
        {
            _i = j + 1;
            Emit(new NthWeekdayAtom(n, day));
            return;
        }
        if (next is "числа" or "число" or "числу" && n is >= 1 and <= 31)
        {
            _i = j + 1;
            Emit(new DayOfMonthAtom(n));
            return;
        }
        if (next is "раз" or "раза")
        {
            _i = j + 1;
            ReadRate(n);
            return;
        }
        if (next is "ч" or "час" or "часов" && n is >= 0 and <= 23)
        {
            _i = j + 1;
            Emit(new TimeAtom(new TimeOnly(n, 0)));
            return;
        }
        if (TryWeekOfMonth(n, j))
        {
            return;
        }
        if (next is not null && Vocabulary.Unit(next) is not null)
        {
            // «2 недели», «3 месяца»: a duration, not a date; kept as a word so it joins nothing.
            _i = j + 1;
            Emit(new WordAtom(lx.Text + " " + next));
            return;
        }
        _i++;
        Emit(n is >= 1 and <= 31 && !IsKind(_i, LexemeKind.Symbol) ? new NumberAtom(n) : new WordAtom(lx.Text));
    }

    private void ReadWord()
    {
        var word = _lx[_i].Text;
        if (Vocabulary.Weekday(word) is DayOfWeek day)
        {
            _i++;
            Emit(new WeekdayAtom(day));
            return;
        }
        if (TryFrequencyWord(word) || TryEach(word) || TryNextDay(word) || TryCountedDays(word) || TryRateWord(word) || TryOrdinalDay(word) || TryGenericPart(word)
            || TryLink(word) || TryDuring(word) || TryPeriodWord(word) || TryFollowing(word) || TryWorkdays(word))
        {
            return;
        }
        _i++;
        if (word is "и" or "или" or "а")
        {
            Emit(new SeparatorAtom(word == "и"));
        }
        else if (IsExternal(word))
        {
            Emit(new ExternalAtom());
        }
        else if (Vocabulary.Unit(word) is CalendarUnit.Week or CalendarUnit.Month or CalendarUnit.Quarter or CalendarUnit.HalfYear)
        {
            Emit(new UnitAtom(Vocabulary.Unit(word)!.Value));
        }
        else if (!Fillers.Contains(word))
        {
            Emit(new WordAtom(word));
        }
    }

    private static bool IsExternal(string word) => PlanForms.Contains(word) || StartsWith(word, ExternalStems);

    /// <summary>«еженедельно», «ежемесячный», «ежеквартально», «ежегодно», «поквартально», «ежедневно».</summary>
    private bool TryFrequencyWord(string word)
    {
        FrequencyAtom? frequency = word switch
        {
            _ when StartsWith(word, "ежедневн") => new FrequencyAtom(CalendarUnit.Day, 1),
            _ when StartsWith(word, "еженедельн", "понедельн") => new FrequencyAtom(CalendarUnit.Week, 1),
            _ when StartsWith(word, "ежемесячн", "помесячн") => new FrequencyAtom(CalendarUnit.Month, 1),
            _ when StartsWith(word, "ежеквартальн", "поквартальн") => new FrequencyAtom(CalendarUnit.Month, 3),
            _ when StartsWith(word, "полугодов") => new FrequencyAtom(CalendarUnit.Month, 6),
            _ when StartsWith(word, "ежегодн") => new FrequencyAtom(CalendarUnit.Month, 12),
            _ => null,
        };
        if (frequency is null)
        {
            return false;
        }
        _i++;
        Emit(frequency);
        return true;
    }

    /// <summary>«каждую пятницу», «каждый месяц», «каждые 2 месяца», «каждый второй вторник (месяца)».</summary>
    private bool TryEach(string word)
    {
        if (!Vocabulary.IsEach(word))
        {
            return false;
        }
        var j = _i + 1;
        var count = CountAt(j, out var afterCount) ?? 1;
        if (WordAt(afterCount) is string unitWord && Vocabulary.Unit(unitWord) is CalendarUnit unit)
        {
            _i = afterCount + 1;
            Emit(Frequency(unit, count) ?? (Atom)new VagueFrequencyAtom(word + " " + unitWord));
            return true;
        }
        if (WordAt(j) is string w && Vocabulary.Weekday(w) is DayOfWeek day)
        {
            _i = j + 1;
            Emit(new FrequencyAtom(CalendarUnit.Week, 1));
            Emit(new WeekdayAtom(day));
            return true;
        }
        if (WordAt(j) is string o && Vocabulary.Ordinal(o) is int ordinal && WordAt(j + 1) is string d
            && Vocabulary.Weekday(d) is DayOfWeek nth)
        {
            _i = j + 2;
            var ofMonth = WordAt(_i) is string m && Vocabulary.Unit(m) == CalendarUnit.Month;
            Emit(new NthWeekdayAtom(ordinal, nth, EveryOther: !ofMonth && ordinal == 2));
            return true;
        }
        _i++;
        return true;
    }

    private static FrequencyAtom? Frequency(CalendarUnit unit, int every) => unit switch
    {
        _ when every < 1 => null,
        CalendarUnit.Day or CalendarUnit.Week or CalendarUnit.Month => new FrequencyAtom(unit, every),
        CalendarUnit.Quarter => new FrequencyAtom(CalendarUnit.Month, 3 * every),
        CalendarUnit.HalfYear => new FrequencyAtom(CalendarUnit.Month, 6 * every),
        CalendarUnit.Year => new FrequencyAtom(CalendarUnit.Month, 12 * every),
        _ => null,
    };

    /// <summary>«раз в квартал», «дважды в год», «один раз в два месяца».</summary>
    private bool TryRateWord(string word)
    {
        int? times = word switch
        {
            "раз" or "раза" => 1,
            "дважды" => 2,
            "трижды" => 3,
            "однажды" => 1,
            _ => null,
        };
        if (times is int t)
        {
            _i++;
            ReadRate(t);
            return true;
        }
        if (RussianNumerals.Value(word) is int count && WordAt(_i + 1) is "раз" or "раза")
        {
            _i += 2;
            ReadRate(count);
            return true;
        }
        return false;
    }

    /// <summary>After «N раз»: «в [M] месяц(а)». N times per M units becomes an every-K-months rule where it can.</summary>
    private void ReadRate(int times)
    {
        if (WordAt(_i) is not ("в" or "во" or "за"))
        {
            Emit(new WordAtom("раз"));
            return;
        }
        var every = CountAt(_i + 1, out var unitAt) ?? 1;
        if (WordAt(unitAt) is not string unitWord || Vocabulary.Unit(unitWord) is not CalendarUnit unit)
        {
            _i++;
            Emit(new WordAtom("раз"));
            return;
        }
        _i = unitAt + 1;
        Emit(RateAtom(times, every, unit, unitWord));
    }

    private static Atom RateAtom(int times, int every, CalendarUnit unit, string unitWord)
    {
        if (times < 1)
        {
            return new VagueFrequencyAtom($"{times} раз в {unitWord}");
        }
        if (times == 1)
        {
            return Frequency(unit, every) ?? (Atom)new VagueFrequencyAtom(unitWord);
        }
        var months = unit switch
        {
            CalendarUnit.Month => every,
            CalendarUnit.Quarter => 3 * every,
            CalendarUnit.HalfYear => 6 * every,
            CalendarUnit.Year => 12 * every,
            _ => 0,
        };
        if (months == 1 && times == 2)
        {
            return new FrequencyAtom(CalendarUnit.Month, 1, SemiMonthly: true);
        }
        if (months > 0 && months % times == 0)
        {
            return new FrequencyAtom(CalendarUnit.Month, months / times);
        }
        return new VagueFrequencyAtom($"{times} {(times is >= 2 and <= 4 ? "раза" : "раз")} в {unitWord}");
    }

    /// <summary>«последняя пятница месяца», «второй понедельник», «последний (рабочий) день месяца».</summary>
    private bool TryOrdinalDay(string word)
    {
        if (Vocabulary.Ordinal(word) is not int ordinal)
        {
            return false;
        }
        if (TryOrdinalWeekdays(ordinal, _i + 1) || (ordinal > 0 && (TryDaysAfterStep(ordinal, _i + 1) || TryWorkdayOfMonth(ordinal, _i + 1))))
        {
            return true;
        }
        if (WordAt(_i + 1) is string w && Vocabulary.Weekday(w) is DayOfWeek day && ordinal is -1 or (>= 1 and <= 5))
        {
            _i += 2;
            Emit(new NthWeekdayAtom(ordinal, day));
            return true;
        }
        if (TryWeekOfMonth(ordinal, _i + 1))
        {
            return true;
        }
        var j = _i + 1;
        var workday = WordAt(j) is string r && r.StartsWith("рабоч", StringComparison.Ordinal);
        if (workday)
        {
            j++;
        }
        if (ordinal == -1 && WordAt(j) is "день" or "дня" or "числа" or "число")
        {
            _i = j + 1;
            Emit(new LastDayAtom(workday));
            return true;
        }
        return false;
    }

    /// <summary>
    /// «вторая неделя каждого месяца», «в последнюю неделю месяца»: a week of every month, due at its
    /// end (the 7th, 14th, 21st, 28th; the last week at the month's end).
    /// </summary>
    private bool TryWeekOfMonth(int ordinal, int weekAt)
    {
        if (WordAt(weekAt) is not string w || Vocabulary.Unit(w) != CalendarUnit.Week || ordinal is not (-1 or (>= 1 and <= 4)))
        {
            return false;
        }
        var monthAt = WordAt(weekAt + 1) is string e && Vocabulary.IsEach(e) ? weekAt + 2 : weekAt + 1;
        if (WordAt(monthAt) is not string m || Vocabulary.Unit(m) != CalendarUnit.Month)
        {
            return false;
        }
        _i = monthAt + 1;
        Emit(ordinal == -1 ? new LastDayAtom(false) : new DayOfMonthAtom(7 * ordinal));
        Emit(new UnitAtom(CalendarUnit.Month));
        return true;
    }

    /// <summary>«в конце (каждого) месяца», «в начале квартала»: a day of every month or quarter.</summary>
    private bool TryGenericPart(string word)
    {
        if (PartOf(word) is not PartKind part)
        {
            return false;
        }
        var j = _i + 1;
        var each = WordAt(j) is string e && Vocabulary.IsEach(e);
        if (each)
        {
            j++;
        }
        if (WordAt(j) is not string u || Vocabulary.Unit(u) is not (CalendarUnit.Month or CalendarUnit.Quarter) || u == "кв")
        {
            return false;
        }
        _i = j + 1;
        var unit = Vocabulary.Unit(u)!.Value;
        // «к началу месяца» means its first day; «в начале месяца», its first ten days, so by the 10th.
        var pointed = _atoms.Count > 0 && _atoms[^1] is LinkAtom { Link: Link.Before or Link.By or Link.NotLater };
        if (unit == CalendarUnit.Quarter && part is PartKind.Beginning or PartKind.Middle)
        {
            // «в начале квартала» falls in its first month, «в середине квартала» in its second.
            Emit(new MonthOfStepAtom(part == PartKind.Beginning ? 1 : 2));
        }
        Emit(part switch
        {
            PartKind.Beginning => new DayOfMonthAtom(pointed ? 1 : 10),
            PartKind.Middle => new DayOfMonthAtom(pointed ? 15 : 20),
            _ => new LastDayAtom(false),
        });
        Emit(each ? Frequency(unit, 1)! : new UnitAtom(unit));
        return true;
    }

    private bool TryLink(string word)
    {
        if (word == "не" && WordAt(_i + 1) is string degree)
        {
            Link? link = degree switch
            {
                "позднее" or "позже" => Link.NotLater,
                "ранее" or "раньше" => Link.From,
                _ => null,
            };
            if (link is Link l)
            {
                _i += 2;
                Emit(new LinkAtom(l));
                return true;
            }
        }
        if (word == "по" && TryAfterPo())
        {
            return true;
        }
        Link? simple = word switch
        {
            "до" => Link.Before,
            "к" or "ко" => Link.By,
            // A Latin «c» typed for the Cyrillic one is common in documents.
            "с" or "со" or "от" or "c" => Link.From,
            "после" => Link.After,
            "между" => Link.Between,
            "по" => Link.Until,
            _ => null,
        };
        if (simple is not Link s)
        {
            return false;
        }
        _i++;
        Emit(new LinkAtom(s));
        return true;
    }

    /// <summary>«по пятницам», «по кварталам», «по мере необходимости», «по рабочим дням».</summary>
    private bool TryAfterPo()
    {
        var next = WordAt(_i + 1);
        if (next is null)
        {
            return false;
        }
        if (Vocabulary.Weekday(next) is DayOfWeek day)
        {
            _i += 2;
            Emit(new WeekdayAtom(day));
            return true;
        }
        if (next.EndsWith("ам", StringComparison.Ordinal) && Vocabulary.Unit(next) is CalendarUnit unit && Frequency(unit, 1) is FrequencyAtom f)
        {
            _i += 2;
            Emit(f);
            return true;
        }
        if (next is "мере" or "необходимости")
        {
            var asNeeded = next == "необходимости" || WordAt(_i + 2) is "необходимости" or "надобности";
            _i += next == "мере" ? 3 : 2;
            Emit(asNeeded ? new PeriodAtom() : new ExternalAtom());
            return true;
        }
        return false;
    }

    /// <summary>«в течение года», «на протяжении всего периода», «весь год»: the whole period, unless a term follows.</summary>
    private bool TryDuring(string word)
    {
        var j = _i;
        if (word is "в" or "на" or "во" && WordAt(_i + 1) is "течение" or "течении" or "протяжении" or "период" or "продолжение" or "ходе")
        {
            j = _i + 2;
        }
        else if (word is "весь" or "всего" or "вся" or "всей" or "все" or "круглый" or "течение")
        {
            j = _i + 1;
        }
        else
        {
            return false;
        }
        while (WordAt(j) is "всего" or "всей" or "текущего" or "этого" or "сего" or "календарного" or "отчетного")
        {
            j++;
        }
        var noun = WordAt(j);
        var generic = noun is not null && StartsWith(noun, WholePeriodStems)
            && !(At(j + 1) is { Kind: LexemeKind.Number }) && !Vocabulary.IsAcademic(noun);
        _i = generic ? j + 1 : j;
        Emit(generic ? new PeriodAtom() : new LinkAtom(Link.During));
        return true;
    }

    private bool TryPeriodWord(string word)
    {
        var whole = StartsWith(word, "постоянн", "регулярн", "систематическ", "круглогодичн", "непрерывн", "перманентн")
            || (word == "при" && WordAt(_i + 1) is "необходимости");
        if (!whole)
        {
            return false;
        }
        _i += word == "при" ? 2 : 1;
        Emit(new PeriodAtom());
        return true;
    }

    /// <summary>
    /// «следующего за отчетным кварталом», «следующего за отчетным (периодом)»; after «года» («до 15 января года,
    /// следующего за отчетным») the day falls in the year after each year.
    /// </summary>
    private bool TryFollowing(string word)
    {
        if (!word.StartsWith("следующ", StringComparison.Ordinal) || WordAt(_i + 1) != "за")
        {
            return false;
        }
        var j = _i + 2;
        var reported = WordAt(j) is string r && r.StartsWith("отчетн", StringComparison.Ordinal);
        if (reported)
        {
            j++;
        }
        CalendarUnit? unit = null;
        if (WordAt(j) is string u && Vocabulary.Unit(u) is CalendarUnit named and not (CalendarUnit.Day or CalendarUnit.Decade or CalendarUnit.SchoolQuarter))
        {
            unit = named;
            j++;
        }
        else if (WordAt(j) is string p && p.StartsWith("период", StringComparison.Ordinal))
        {
            j++;
        }
        else if (!reported)
        {
            return false;
        }
        var before = _i - 1;
        while (IsKind(before, LexemeKind.Separator))
        {
            before--;
        }
        var inYear = WordAt(before) is "года" or "году" or "год" && unit is null or CalendarUnit.Year;
        _i = j;
        Emit(new FollowingAtom(unit, inYear));
        return true;
    }

    /// <summary>
    /// At <paramref name="k"/>: «после окончания (отчетного) квартала», «по окончании отчетного периода», «после
    /// отчетного месяца». Gives the unit (null for «периода») and where the words end.
    /// </summary>
    private bool EndOfStepAt(int k, out CalendarUnit? unit, out int next)
    {
        unit = null;
        next = k;
        if (WordAt(k) is not ("после" or "по" or "с"))
        {
            return false;
        }
        k++;
        var ending = WordAt(k) is string e && StartsWith(e, "окончани", "завершени", "истечени", "момента");
        if (ending)
        {
            k++;
            if (WordAt(k) is "окончания" or "завершения" or "истечения")
            {
                k++;
            }
        }
        var reported = false;
        while (WordAt(k) is string q && (q.StartsWith("отчетн", StringComparison.Ordinal) || q.StartsWith("кажд", StringComparison.Ordinal)
            || q.StartsWith("календарн", StringComparison.Ordinal) || q is "текущего"))
        {
            reported |= q.StartsWith("отчетн", StringComparison.Ordinal);
            k++;
        }
        if (!ending && !reported)
        {
            return false;
        }
        if (WordAt(k) is string u && Vocabulary.Unit(u) is CalendarUnit named and (CalendarUnit.Month or CalendarUnit.Quarter or CalendarUnit.HalfYear or CalendarUnit.Year))
        {
            unit = named;
        }
        else if (!(WordAt(k) is string p && p.StartsWith("период", StringComparison.Ordinal)))
        {
            return false;
        }
        next = k + 1;
        return true;
    }

    /// <summary>
    /// After a count at <paramref name="k"/>: «(рабочих | календарных) дней после окончания квартала»,
    /// «(рабочий) день после окончания отчетного периода»: a day counted from the end of each period.
    /// </summary>
    private bool TryDaysAfterStep(int count, int k)
    {
        var workdays = WordAt(k) is string w && w.StartsWith("рабоч", StringComparison.Ordinal);
        if (workdays || WordAt(k) is string c && c.StartsWith("календарн", StringComparison.Ordinal))
        {
            k++;
        }
        if (WordAt(k) is not ("дней" or "дня" or "день" or "дню" or "дни") || count is < 1 or > 366
            || !EndOfStepAt(k + 1, out var unit, out var next))
        {
            return false;
        }
        _i = next;
        Emit(new AfterStepAtom(count, workdays, unit));
        return true;
    }

    /// <summary>«10-го рабочего дня (месяца)», «в первый рабочий день»: the n-th Monday-to-Friday of a month.</summary>
    private bool TryWorkdayOfMonth(int number, int k)
    {
        if (WordAt(k) is not string w || !w.StartsWith("рабоч", StringComparison.Ordinal) || WordAt(k + 1) is not ("дня" or "день" or "дню")
            || number is < 1 or > 23)
        {
            return false;
        }
        _i = k + 2;
        Emit(new WorkdayOfMonthAtom(number));
        return true;
    }

    /// <summary>«на следующий день после окончания квартала»: one day after the end of each period.</summary>
    private bool TryNextDay(string word) =>
        word.StartsWith("следующ", StringComparison.Ordinal) && WordAt(_i + 1) is "день" or "дня" or "дню" && TryDaysAfterStep(1, _i + 1);

    /// <summary>«в течение десяти рабочих дней после окончания квартала»: the count in words.</summary>
    private bool TryCountedDays(string word)
    {
        var words = new List<string>();
        for (var k = _i; k < _i + 2 && WordAt(k) is string w; k++)
        {
            words.Add(w);
        }
        var taken = RussianNumerals.Read(words, 0, out var count);
        return taken > 0 && TryDaysAfterStep(count, _i + taken);
    }

    private int? ListOrdinalAt(int index) => At(index) switch
    {
        { Kind: LexemeKind.Number } n => n.Value,
        { Kind: LexemeKind.Word } w => Vocabulary.Ordinal(w.Text),
        _ => null,
    };

    /// <summary>«первый и третий вторник месяца», «2-й и 4-й четверг»: one n-th weekday for each ordinal.</summary>
    private bool TryOrdinalWeekdays(int first, int k)
    {
        var ordinals = new List<int> { first };
        while ((WordAt(k) is "и" or "или" || IsKind(k, LexemeKind.Separator)) && ListOrdinalAt(k + 1) is int more)
        {
            ordinals.Add(more);
            k = SkipOrdinalSuffix(k + 2, out _);
        }
        if (ordinals.Count < 2 || WordAt(k) is not string d || Vocabulary.Weekday(d) is not DayOfWeek day
            || ordinals.Any(o => o is not (-1 or (>= 1 and <= 5))))
        {
            return false;
        }
        _i = k + 1;
        foreach (var ordinal in ordinals)
        {
            Emit(new NthWeekdayAtom(ordinal, day));
        }
        return true;
    }

    /// <summary>«по рабочим дням», «в рабочие дни»: Monday to Friday.</summary>
    private bool TryWorkdays(string word)
    {
        if (!word.StartsWith("рабоч", StringComparison.Ordinal) || WordAt(_i + 1) is not ("дням" or "дни" or "день"))
        {
            return false;
        }
        _i += 2;
        foreach (var day in new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday })
        {
            Emit(new WeekdayAtom(day));
        }
        return true;
    }
}
