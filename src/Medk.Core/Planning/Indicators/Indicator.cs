namespace Medk.Core.Planning.Indicators;

/// <summary>What an indicator (показатель) targets.</summary>
public enum IndicatorKind
{
    /// <summary>A share of participants: «Доля 100% из числа включенных в проект».</summary>
    Share,

    /// <summary>A number of things: «не менее двух лучших практик».</summary>
    Count,

    /// <summary>An expected result in words: «Утвержденная дорожная карта размещена на сайте».</summary>
    Result,
}

/// <summary>How the actual value compares with the target.</summary>
public enum Comparator
{
    /// <summary>«Участие 100%», «составляет 100%».</summary>
    Equal,

    /// <summary>«не менее», «не ниже», «минимум», «более», «свыше».</summary>
    AtLeast,

    /// <summary>«не более», «не выше», «максимум», «до», «менее».</summary>
    AtMost,
}

/// <summary>
/// An indicator as written, understood: its kind and, where the text states one, the target.
/// <see cref="Unit"/> is "%" for shares and the counted noun for counts («лучших практик», «пар»).
/// </summary>
public sealed record Indicator(string Text, IndicatorKind Kind, Comparator? Comparator, decimal? Target, string? Unit)
{
    /// <summary>Whether the target is a share the system can compute from recorded participation.</summary>
    public bool IsComputableShare => Kind == IndicatorKind.Share && Target is not null;
}
