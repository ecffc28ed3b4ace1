namespace Medk.Core.Monitoring.Reviews;

/// <summary>One question of the expert checklist and how many points it is worth.</summary>
public sealed record ReviewCriterion(string Key, string Text, int MaxPoints);

/// <summary>
/// The checklist of the content review (содержательная экспертиза) of a confirming document. The same
/// list is used for every sample of a cycle; making it reference data editable per cycle belongs to the
/// «500+» cycle capability.
/// </summary>
public static class ReviewChecklist
{
    public static IReadOnlyList<ReviewCriterion> Default { get; } =
    [
        new("relevant", "Документ относится к мероприятию и контрольной дате", 2),
        new("proves", "Документ подтверждает достижение ожидаемого результата", 3),
        new("formal", "Документ оформлен (дата, номер, подпись или утверждение)", 1),
        new("indicator", "Значение показателя подтверждено данными", 2),
        new("change", "Видны позитивные изменения в деятельности школы", 2),
    ];

    public static int MaxTotal => Default.Sum(c => c.MaxPoints);
}

public enum ReviewVerdict
{
    /// <summary>Подтверждено: the proof holds.</summary>
    Confirmed,

    /// <summary>Не подтверждено.</summary>
    NotConfirmed,
}
