using System.Globalization;
using Medk.Core.Planning.Schedules.Parsing;

namespace Medk.Core.Planning.Schedules;

/// <summary>
/// Understands deadline phrases (сроки) of roadmaps into a <see cref="Schedule"/>: a kind and the
/// checkpoints the phrase implies within the roadmap period. Pure and deterministic: the only
/// calendar it consults is the period it is given.
/// </summary>
/// <remarks>
/// <para>The phrase is normalised (lowercase, «ё» → «е», every dash → '-', HTML removed, digits split
/// from letters), read into lexemes, then into atoms (terms, links, frequencies, markers), then by a
/// small grammar into clauses and recurrences. Choices where the text is ambiguous:</para>
/// <list type="bullet">
/// <item>A date without a year takes the year of another date in the same phrase («март, апрель 2022»);
/// failing that, the first year whose checkpoint falls within the period. For a two-year period
/// 2021–2022 «15 марта» is 15 March 2021.</item>
/// <item>A month, season, quarter, half-year, decade or academic year on its own is a range of its days:
/// <see cref="Schedule.Start"/> is its first day, the checkpoint its last («март» → 31 March). A
/// range equal to the period («2022 г.» in a 2022 roadmap) is the period.</item>
/// <item>«до» a day is that day; «до марта» is before March (the end of February), «к марту» is 1 March,
/// «не позднее марта» is 31 March; «к началу учебного года» is 1 September.</item>
/// <item>A single explicit date outside the period («До 31 декабря 2021г.» in a 2022 roadmap) is kept: it is
/// what the document says; <see cref="Schedule.Warning"/> notes it. A range that overlaps the period
/// is clipped to it. Recurrences keep only checkpoints inside the period.</item>
/// <item>Weekly without a weekday falls on Fridays; monthly without a day on the month's last day;
/// quarterly, half-yearly and yearly on the last day of the quarter, half-year, year.</item>
/// <item>Several dates, or a date beside a recurrence («Фронтальный – май 2021 года Выборочный -
/// ежеквартально»), make <see cref="ScheduleKind.Dates"/> with all checkpoints; a term longer than a
/// recurrence's step is its window instead («еженедельно в марте»), and for a yearly rule a shorter
/// one is its anchor («ежегодно до 1 сентября»).</item>
/// <item>A report relative to its reporting period («до 10 числа месяца, следующего за отчетным кварталом»,
/// «в течение 10 рабочих дней после окончания отчетного периода», «до 15 января года, следующего за отчетным»)
/// has a checkpoint for every reporting period that ends inside the roadmap period, the last one after the
/// period's end, and none for a period that ended before it began (decision 021). The reporting period is the
/// frequency's step, else the unit named; «отчетного периода» with neither is not understood. Working days
/// are Monday to Friday.</item>
/// <item>Markers of an external schedule («по графику ФИОКО») give no dates unless the phrase has dates
/// or a recurrence of its own («раз в квартал по плану …» is quarterly).</item>
/// </list>
/// </remarks>
public static class ScheduleParser
{
    public static Schedule Parse(string? text, DatePeriod period)
    {
        var original = (text ?? "").Trim();
        if (original.Length == 0)
        {
            return new Schedule(original, ScheduleKind.Unknown, []) { Warning = "Срок не указан." };
        }
        var reading = ClauseReader.Read(Atomizer.Read(Lexer.Read(original)));
        var warnings = new List<string>();
        var clauses = ClauseResolver.Resolve(reading.Clauses, period, warnings);
        var recurrences = reading.Recurrences.Where(r => !r.IsBareWeekday || !clauses.Any(c => c.SpanDays == 1)).ToList();
        var schedule = recurrences.Count > 0
            ? Recurring(original, recurrences, clauses, period, warnings)
            : Compose(original, reading, clauses, period, warnings);
        return schedule with
        {
            Time = reading.Time,
            Warning = warnings.Count > 0 ? string.Join(" ", warnings.Distinct()) : null,
        };
    }

    private static Schedule Compose(string text, Reading reading, List<ResolvedClause> clauses, DatePeriod period, List<string> warnings)
    {
        var onlyYears = clauses.Count > 0 && clauses.All(c => c.IsYearOnly && c.Link is Link.None or Link.During);
        if (clauses.Count == 0 && reading.WholePeriod)
        {
            // «В течение года (по отдельному графику)»: the period end is written; only the days are elsewhere.
            return new Schedule(text, ScheduleKind.Period, [period.End]);
        }
        if (reading.External && (clauses.Count == 0 || onlyYears))
        {
            return new Schedule(text, ScheduleKind.External, []);
        }
        if (clauses.Count == 0)
        {
            warnings.Add(reading.VagueFrequencies.Count > 0
                ? $"Периодичность «{reading.VagueFrequencies[0]}» не привязана к дням: укажите дни или даты."
                : reading.LacksReportingPeriod
                    ? "Не указан отчётный период: добавьте периодичность (ежемесячно, ежеквартально, ежегодно) или назовите период (месяц, квартал, год)."
                    : "Срок не распознан: укажите дату, период или периодичность.");
            return new Schedule(text, ScheduleKind.Unknown, []);
        }
        WarnOutside(clauses.Select(c => c.Checkpoint), period, warnings);
        if (clauses.Count == 1)
        {
            var single = clauses[0];
            return new Schedule(text, single.Kind, [single.Checkpoint])
            {
                Start = single.Kind == ScheduleKind.Range ? single.Span.Start : null,
            };
        }
        return new Schedule(text, ScheduleKind.Dates, Sorted(clauses.Select(c => c.Checkpoint)));
    }

    private static Schedule Recurring(
        string text, List<RecurrenceDraft> drafts, List<ResolvedClause> clauses, DatePeriod period, List<string> warnings)
    {
        var used = new HashSet<ResolvedClause>();
        var dates = new List<DateOnly>();
        foreach (var draft in drafts)
        {
            dates.AddRange(draft.IsYearly ? Yearly(draft, clauses, period, used) : Stepped(draft, clauses, period, used));
        }
        var others = clauses.Where(c => !used.Contains(c)).Select(c => c.Checkpoint).ToList();
        WarnOutside(others, period, warnings);
        var recurring = dates.ToHashSet();
        var kind = others.All(recurring.Contains) ? ScheduleKind.Recurring : ScheduleKind.Dates;
        if (dates.Count == 0)
        {
            warnings.Add("Ни одна дата повторения не попадает в период дорожной карты.");
        }
        return new Schedule(text, kind, Sorted(dates.Concat(others)))
        {
            Recurrence = drafts[0].ToPublic(),
        };
    }

    /// <summary>Weekly, monthly, quarterly rules: longer terms are their windows, «до …» ends one.</summary>
    private static IEnumerable<DateOnly> Stepped(
        RecurrenceDraft draft, List<ResolvedClause> clauses, DatePeriod period, HashSet<ResolvedClause> used)
    {
        var windows = new List<DatePeriod>();
        foreach (var clause in clauses)
        {
            if (clause.Kind == ScheduleKind.Due && clause.Checkpoint >= period.Start)
            {
                windows.Add(new DatePeriod(period.Start, clause.Checkpoint));
                used.Add(clause);
            }
            else if (clause.Kind != ScheduleKind.Due && clause.SpanDays > draft.StepDays)
            {
                windows.Add(clause.Span);
                used.Add(clause);
            }
        }
        return RecurrenceExpander.Expand(draft.ToPublic(), windows, period);
    }

    /// <summary>«ежегодно до 1 сентября»: shorter terms are the day of each year; a year or more is a window.</summary>
    private static IEnumerable<DateOnly> Yearly(
        RecurrenceDraft draft, List<ResolvedClause> clauses, DatePeriod period, HashSet<ResolvedClause> used)
    {
        var anchors = clauses.Where(c => c.SpanDays < 365).ToList();
        var windows = clauses.Where(c => c.SpanDays >= 365).ToList();
        used.UnionWith(anchors);
        used.UnionWith(windows);
        if (anchors.Count == 0)
        {
            return RecurrenceExpander.Expand(draft.ToPublic(), [.. windows.Select(w => w.Span)], period);
        }
        // «до 15 января года, следующего за отчетным»: the day of each year of the period lies in the next year.
        var shift = draft.InFollowingMonth ? 1 : 0;
        var dates = new List<DateOnly>();
        for (var year = period.Start.Year; year <= period.End.Year; year++)
        {
            foreach (var anchor in anchors)
            {
                var term = (anchor.Clause.End ?? anchor.Clause.Term).WithYear(year + shift);
                var link = anchor.Clause.End is null ? anchor.Link : Link.None;
                if (ClauseResolver.Checkpoint(link, term, year + shift, period) is DateOnly d && (shift == 1 || period.Contains(d)))
                {
                    dates.Add(d);
                }
            }
        }
        return dates;
    }

    private static void WarnOutside(IEnumerable<DateOnly> checkpoints, DatePeriod period, List<string> warnings)
    {
        var outside = checkpoints.Where(d => !period.Contains(d)).Distinct().Order().ToList();
        if (outside.Count > 0)
        {
            var dates = string.Join(", ", outside.Select(d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));
            warnings.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Срок {dates} вне периода дорожной карты {period.Start:dd.MM.yyyy}–{period.End:dd.MM.yyyy}."));
        }
    }

    private static DateOnly[] Sorted(IEnumerable<DateOnly> dates) => [.. dates.Distinct().Order()];
}
