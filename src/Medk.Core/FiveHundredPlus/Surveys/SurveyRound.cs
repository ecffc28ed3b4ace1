using Medk.Core.Common;

namespace Medk.Core.FiveHundredPlus.Surveys;

/// <summary>The groups that fill in the ФИОКО questionnaires.</summary>
public enum SurveyGroup
{
    Director,
    Teachers,
    Grade6Students,
    Grade9Students,
    Parents,
    Curators,
}

public static class SurveyGroups
{
    public static string Name(SurveyGroup group) => group switch
    {
        SurveyGroup.Director => "директор",
        SurveyGroup.Teachers => "педагоги",
        SurveyGroup.Grade6Students => "обучающиеся 6 класса",
        SurveyGroup.Grade9Students => "обучающиеся 9 класса",
        SurveyGroup.Parents => "родители",
        SurveyGroup.Curators => "кураторы",
        _ => group.ToString(),
    };

    /// <summary>Reads a group as written in a table: its name, a common variant («учителя», «6 класс»), or the code name.</summary>
    public static SurveyGroup? Parse(string? text)
    {
        var folded = SearchText.Fold(text ?? "").Trim('.', ' ');
        foreach (var group in Enum.GetValues<SurveyGroup>())
        {
            if (folded == Name(group) || folded == group.ToString().ToLowerInvariant())
            {
                return group;
            }
        }
        return folded switch
        {
            "директора" or "руководитель" or "руководители" => SurveyGroup.Director,
            "учителя" or "педагогические работники" or "педагог" => SurveyGroup.Teachers,
            "6 класс" or "обучающиеся 6 классов" or "учащиеся 6 класса" => SurveyGroup.Grade6Students,
            "9 класс" or "обучающиеся 9 классов" or "учащиеся 9 класса" => SurveyGroup.Grade9Students,
            "родитель" or "родители (законные представители)" => SurveyGroup.Parents,
            "куратор" => SurveyGroup.Curators,
            _ => null,
        };
    }

    /// <summary>Participation as a percentage with one decimal; null when nobody was expected.</summary>
    public static decimal? Share(int actual, int expected) =>
        expected <= 0 ? null : Math.Round(actual * 100m / expected, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// One round of questionnaires in a cycle (первый, второй, третий опрос) with its dates, and how many people of
/// each group of each participating school were expected and took part.
/// </summary>
public class SurveyRound
{
    public const int NameMaxLength = 200;

    private readonly List<SurveyParticipation> _participation = [];

    private SurveyRound()
    {
    }

    public SurveyRound(int cycleId, int number, string name, DateOnly from, DateOnly to)
    {
        CycleId = cycleId;
        Number = number;
        Describe(name, from, to);
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }

    /// <summary>1 for «первый опрос», and so on: the order of rounds in the year.</summary>
    public int Number { get; private set; }
    public string Name { get; private set; } = "";
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public IReadOnlyList<SurveyParticipation> Participation => _participation;

    public static string DefaultName(int number) => number switch
    {
        1 => "Первый опрос",
        2 => "Второй опрос",
        3 => "Третий опрос",
        _ => $"Опрос {number}",
    };

    public void Describe(string name, DateOnly from, DateOnly to)
    {
        name = name.Trim();
        if (name.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Назовите опрос, например «Первый опрос» (до 200 символов).", "name");
        }
        if (to < from)
        {
            throw new DomainException("Конец опроса раньше его начала.", "to");
        }
        Name = name;
        From = from;
        To = to;
    }

    /// <summary>Checks one entry the way both the form and the import need it; null when it is fine.</summary>
    public static string? Check(int expected, int actual)
    {
        if (expected < 0 || actual < 0)
        {
            return "Число участников не может быть отрицательным.";
        }
        if (actual > expected)
        {
            return $"Приняли участие ({actual}) больше, чем ожидалось ({expected}).";
        }
        return null;
    }

    /// <summary>Records (or replaces) the participation of one group of one school.</summary>
    public void Record(int schoolId, SurveyGroup group, int expected, int actual)
    {
        if (!Enum.IsDefined(group))
        {
            throw new DomainException("Неизвестная группа респондентов.", "group");
        }
        if (Check(expected, actual) is { } error)
        {
            throw new DomainException(error, "actual");
        }
        var entry = _participation.FirstOrDefault(p => p.SchoolId == schoolId && p.Group == group);
        if (entry is null)
        {
            _participation.Add(new SurveyParticipation(schoolId, group, expected, actual));
        }
        else
        {
            entry.Set(expected, actual);
        }
    }
}

public class SurveyParticipation
{
    private SurveyParticipation()
    {
    }

    public SurveyParticipation(int schoolId, SurveyGroup group, int expected, int actual)
    {
        SchoolId = schoolId;
        Group = group;
        Expected = expected;
        Actual = actual;
    }

    public int Id { get; private set; }
    public int SurveyRoundId { get; private set; }
    public int SchoolId { get; private set; }
    public SurveyGroup Group { get; private set; }
    public int Expected { get; private set; }
    public int Actual { get; private set; }

    internal void Set(int expected, int actual)
    {
        Expected = expected;
        Actual = actual;
    }
}
