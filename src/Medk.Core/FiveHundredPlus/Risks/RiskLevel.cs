using Medk.Core.Common;

namespace Medk.Core.FiveHundredPlus.Risks;

/// <summary>The level of one risk factor in a school's risk profile (РПШ).</summary>
public enum RiskLevel
{
    High,
    Medium,
    Low,
    None,
}

public static class RiskLevels
{
    public static string Name(RiskLevel level) => level switch
    {
        RiskLevel.High => "высокий",
        RiskLevel.Medium => "средний",
        RiskLevel.Low => "низкий",
        RiskLevel.None => "не выявлен",
        _ => level.ToString(),
    };

    /// <summary>
    /// Reads a level as people write it in the ФИОКО tables: the word, its first letter («в», «с», «н»),
    /// or a dash for «не выявлен». Null when the text is none of these (an empty cell is not a level either).
    /// </summary>
    public static RiskLevel? Parse(string? text)
    {
        var folded = SearchText.Fold(text ?? "").Trim('.', ' ');
        return folded switch
        {
            "высокий" or "в" or "high" => RiskLevel.High,
            "средний" or "с" or "medium" => RiskLevel.Medium,
            "низкий" or "н" or "low" => RiskLevel.Low,
            "не выявлен" or "невыявлен" or "нет" or "-" or "—" or "–" or "none" => RiskLevel.None,
            _ => null,
        };
    }

    /// <summary>Only a risk that was found may become a direction of work.</summary>
    public static bool IsFound(RiskLevel level) => level is RiskLevel.High or RiskLevel.Medium or RiskLevel.Low;
}
