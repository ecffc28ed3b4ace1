namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>A clause placed on the calendar: the days it covers, its checkpoint and its own kind.</summary>
internal sealed record ResolvedClause(Clause Clause, DatePeriod Span, DateOnly Checkpoint, ScheduleKind Kind)
{
    public Link Link => Clause.Link;

    public int SpanDays => Span.End.DayNumber - Span.Start.DayNumber + 1;

    /// <summary>Whether the clause is one bare calendar year (or years): «на 2022 год», not a date.</summary>
    public bool IsYearOnly => Clause.Term.IsYearOnly && (Clause.End?.IsYearOnly ?? true);
}

/// <summary>
/// Fills in missing years and computes each clause's checkpoint.
/// A term without a year takes the year of a neighbour in the same phrase that has one («март,
/// апрель 2022 года»); otherwise the first year (from the year before the period) whose checkpoint
/// falls inside the roadmap period — for a two-year period «март» is March of the first year.
/// </summary>
internal static class ClauseResolver
{
    public static List<ResolvedClause> Resolve(IReadOnlyList<Clause> clauses, DatePeriod period, ICollection<string> warnings)
    {
        var result = new List<ResolvedClause>();
        for (var i = 0; i < clauses.Count; i++)
        {
            if (ResolveOne(clauses[i], NeighbourYear(clauses, i), period) is ResolvedClause resolved)
            {
                result.Add(resolved);
            }
            else
            {
                warnings.Add($"Нет такой даты или конец раньше начала: {Describe(clauses[i].End ?? clauses[i].Term)}.");
            }
        }
        return result;
    }

    /// <summary>The checkpoint a clause of this link and term has in a year; null when the day does not exist.</summary>
    public static DateOnly? Checkpoint(Link link, Term term, int year, DatePeriod period)
    {
        if (term.SpanIn(year) is not DatePeriod span)
        {
            return null;
        }
        var point = term is PartTerm part ? part.PointIn(year) : null;
        var isDay = term is DayTerm;
        return link switch
        {
            Link.Before => point ?? (isDay ? span.Start : span.Start.AddDays(-1)),
            Link.By => point ?? span.Start,
            Link.NotLater or Link.Until => point ?? span.End,
            Link.From => Later(span.Start, period.End),
            Link.After => Later(span.End.AddDays(1), period.End),
            _ => span.End,
        };
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>The day that places a yearless clause: its start for «с …», «после …», else its checkpoint.</summary>
    private static DateOnly? Anchor(Link link, Term term, int year, DatePeriod period) => link switch
    {
        Link.From => term.SpanIn(year)?.Start,
        Link.After => term.SpanIn(year)?.End.AddDays(1),
        _ => Checkpoint(link, term, year, period),
    };

    private static int? ExplicitYear(Clause clause) => clause.End?.Year ?? clause.Term.Year;

    private static int? NeighbourYear(IReadOnlyList<Clause> clauses, int index)
    {
        for (var k = index + 1; k < clauses.Count; k++)
        {
            if (ExplicitYear(clauses[k]) is int year)
            {
                return year;
            }
        }
        for (var k = index - 1; k >= 0; k--)
        {
            if (ExplicitYear(clauses[k]) is int year)
            {
                return year;
            }
        }
        return null;
    }

    /// <summary>The first candidate year whose checkpoint lies in the period.</summary>
    public static int RoadmapYear(Func<int, DateOnly?> checkpoint, DatePeriod period)
    {
        for (var year = Math.Max(period.Start.Year - 1, Term.MinYear); year <= Math.Min(period.End.Year + 1, Term.MaxYear); year++)
        {
            if (checkpoint(year) is DateOnly d && period.Contains(d))
            {
                return year;
            }
        }
        return period.Start.Year;
    }

    private static ResolvedClause? ResolveOne(Clause clause, int? hint, DatePeriod period)
    {
        if (clause.End is Term end)
        {
            return ResolveRange(clause, clause.Term, end, hint, period);
        }
        var term = clause.Term;
        var year = term.Year ?? hint ?? RoadmapYear(y => Anchor(clause.Link, term, y, period), period);
        term = term.WithYear(year);
        if (term.SpanIn(year) is not DatePeriod span || Checkpoint(clause.Link, term, year, period) is not DateOnly checkpoint)
        {
            return null;
        }
        var kind = clause.Link switch
        {
            Link.Before or Link.By or Link.NotLater or Link.Until => ScheduleKind.Due,
            Link.From => ScheduleKind.Range,
            Link.After => ScheduleKind.Range,
            _ when term is DayTerm => ScheduleKind.Date,
            _ => ScheduleKind.Range,
        };
        if (clause.Link is Link.From or Link.After)
        {
            span = new DatePeriod(clause.Link == Link.After ? span.End.AddDays(1) : span.Start, checkpoint);
        }
        return Finish(new ResolvedClause(clause with { Term = term }, span, checkpoint, kind), period);
    }

    /// <summary>«10.03-24.03.2022»: the year written once serves both ends; a start after the end is in the year before.</summary>
    private static ResolvedClause? ResolveRange(Clause clause, Term start, Term end, int? hint, DatePeriod period)
    {
        if (end.Year is null)
        {
            var endYear = start.Year is int startYear
                ? (end.SpanIn(startYear)?.End < start.SpanIn(startYear)?.Start ? startYear + 1 : startYear)
                : hint ?? RoadmapYear(y => end.SpanIn(y)?.End, period);
            end = end.WithYear(endYear);
        }
        if (end.Span is not DatePeriod endSpan)
        {
            return null;
        }
        if (start.Year is null)
        {
            var year = end.Year!.Value;
            start = start.WithYear(start.SpanIn(year)?.Start > endSpan.End ? year - 1 : year);
        }
        if (start.Span is not DatePeriod startSpan || startSpan.Start > endSpan.End)
        {
            return null;
        }
        var span = new DatePeriod(startSpan.Start, endSpan.End);
        return Finish(new ResolvedClause(clause with { Term = start, End = end }, span, span.End, ScheduleKind.Range), period);
    }

    /// <summary>
    /// A stretch equal to the roadmap period is the period («2022 г.» in a 2022 roadmap). A stretch that
    /// starts inside the period and runs past it is cut at the period's end («2022/2023 учебный год» in a
    /// 2022 roadmap ends on 31 December), so its checkpoint is one the roadmap can monitor; its start and
    /// a stretch wholly outside are kept as written.
    /// </summary>
    private static ResolvedClause Finish(ResolvedClause clause, DatePeriod period)
    {
        if (clause.Kind != ScheduleKind.Range)
        {
            return clause;
        }
        if (clause.Span == period && clause.Link is Link.None or Link.During or Link.From)
        {
            return clause with { Kind = ScheduleKind.Period, Checkpoint = period.End };
        }
        if (clause.Span.Start > period.End || clause.Span.End <= period.End)
        {
            return clause;
        }
        var clipped = clause.Span with { End = period.End };
        return clause with { Span = clipped, Checkpoint = clipped.End };
    }

    private static string Describe(Term term) => term switch
    {
        DayTerm { Month: int m } d => $"{d.Day:00}.{m:00}" + (d.Year is int y ? $".{y}" : ""),
        _ => "срок",
    };
}
