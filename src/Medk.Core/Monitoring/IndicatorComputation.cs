using System.Globalization;
using Medk.Core.Common;
using Medk.Core.Planning.Indicators;
using Medk.Core.Planning.Roadmaps;

namespace Medk.Core.Monitoring;

/// <summary>The target part of an indicator, as a roadmap item stores it.</summary>
public sealed record IndicatorTarget(IndicatorKind Kind, Comparator? Comparator, decimal? Target, string? Unit)
{
    public static IndicatorTarget Of(Indicator indicator) =>
        new(indicator.Kind, indicator.Comparator, indicator.Target, indicator.Unit);

    /// <summary>Null when the item has no indicator (a section, or no expected result).</summary>
    public static IndicatorTarget? Of(RoadmapItem item) => item.IndicatorKind is IndicatorKind kind
        ? new(kind, item.IndicatorComparator, item.IndicatorTarget, item.IndicatorUnit)
        : null;

    /// <summary>
    /// A target with no comparator is a minimum to reach: in these orders a bare «90%» or «3 семинара»
    /// is what the plan promises at least, and for «100%» «at least» and «exactly» are the same thing.
    /// </summary>
    public Comparator EffectiveComparator => Comparator ?? Planning.Indicators.Comparator.AtLeast;
}

/// <summary>
/// The actual value of an indicator and whether it meets the target. <see cref="Actual"/> is a percentage
/// for shares and a number for counts; <see cref="Attained"/> is null where there is nothing to judge
/// (no target, or a result stated in words).
/// </summary>
public sealed record IndicatorResult(IndicatorKind Kind, decimal? Actual, bool? Attained, string Explanation)
{
    public decimal? ActualPercent => Kind == IndicatorKind.Share ? Actual : null;
}

/// <summary>
/// Turns what was recorded (who took part, who achieved) into the figures of a report, so nobody has to
/// work out a share on a calculator and type it in.
/// </summary>
public static class IndicatorComputation
{
    /// <summary>
    /// <paramref name="participants"/> are those the indicator is counted over (schools in the project,
    /// curators); <paramref name="achieved"/> are those who did it. Counts ignore participants.
    /// </summary>
    public static IndicatorResult Compute(IndicatorTarget target, int participants, int achieved)
    {
        if (achieved < 0 || participants < 0)
        {
            throw new DomainException("Число участников не может быть отрицательным.");
        }
        switch (target.Kind)
        {
            case IndicatorKind.Share:
                if (achieved > participants)
                {
                    throw new DomainException("Выполнивших не может быть больше, чем участников.");
                }
                if (participants == 0)
                {
                    return new IndicatorResult(IndicatorKind.Share, null, false, "нет участников");
                }
                var percent = SharePercent(participants, achieved);
                return Judge(target, percent, $"{achieved} из {participants}, {Format(percent)}%");
            case IndicatorKind.Count:
                return Judge(target, achieved, Format(achieved));
            default:
                return Unjudged(target);
        }
    }

    /// <summary>
    /// A value a person typed: a percentage for shares, a number for counts. Used where nothing in the
    /// system records the participation (a survey run in ФИС ОКО, courses taken elsewhere).
    /// </summary>
    public static IndicatorResult FromManual(IndicatorTarget target, decimal value)
    {
        switch (target.Kind)
        {
            case IndicatorKind.Share:
                if (value is < 0 or > 100)
                {
                    throw new DomainException("Доля указывается от 0 до 100 %.", "value");
                }
                var percent = RollUp.Round(value);
                return Judge(target, percent, $"{Format(percent)}% (введено вручную)");
            case IndicatorKind.Count:
                if (value < 0)
                {
                    throw new DomainException("Значение показателя не может быть отрицательным.", "value");
                }
                return Judge(target, value, $"{Format(value)} (введено вручную)");
            default:
                return Unjudged(target);
        }
    }

    /// <summary>
    /// The percentage rounded to one decimal, except that it never rounds to 100 while someone is missing
    /// nor to 0 while someone took part: 1999 of 2000 is shown as 99,9, not as a «100%» that is not true.
    /// </summary>
    public static decimal SharePercent(int participants, int achieved)
    {
        var percent = RollUp.Round(achieved * 100m / participants);
        if (percent == 100m && achieved < participants)
        {
            return 99.9m;
        }
        return percent == 0m && achieved > 0 ? 0.1m : percent;
    }

    /// <summary>
    /// The verdict is taken on the rounded figure, the one people see, so the page never shows «90,0%»
    /// beside «не достигнуто» for a target of 90%.
    /// </summary>
    private static IndicatorResult Judge(IndicatorTarget target, decimal actual, string measured)
    {
        if (target.Target is not decimal goal)
        {
            return new IndicatorResult(target.Kind, actual, null, $"{measured}; цель не указана");
        }
        var attained = target.EffectiveComparator switch
        {
            Comparator.Equal => actual == goal,
            Comparator.AtMost => actual <= goal,
            _ => actual >= goal,
        };
        var unit = target.Kind == IndicatorKind.Share ? "%" : "";
        var verdict = attained ? "достигнуто" : "не достигнуто";
        return new IndicatorResult(target.Kind, actual, attained,
            $"{measured} при цели {ComparatorText(target.EffectiveComparator)}{Format(goal)}{unit} — {verdict}");
    }

    private static IndicatorResult Unjudged(IndicatorTarget target) =>
        new(target.Kind, null, null, "результат в словах: выполнение отмечается вручную");

    private static string ComparatorText(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "не менее ",
        Comparator.AtMost => "не более ",
        _ => "",
    };

    /// <summary>Decimal comma and no trailing zeros, the same on every server whatever its culture.</summary>
    internal static string Format(decimal value) =>
        value.ToString("0.####", CultureInfo.InvariantCulture).Replace('.', ',');
}
