using Medk.Core.Common;

namespace Medk.Core.FiveHundredPlus.Cycles;

/// <summary>The stages of a project year, in the order the «500+» calendar runs them.</summary>
public enum StageKind
{
    Survey,
    RiskProfile,
    ConceptDocuments,
    MonitoringFirst,
    MonitoringSecond,
    Results,
}

/// <summary>
/// A project year of «500+» in one region («500+ 2022, Республика Бурятия»): its calendar of stages and
/// control dates, its participating schools, and the risk factors used that year (reference data of the
/// cycle, not code: the list changed between years).
/// </summary>
public class Cycle
{
    public const int NameMaxLength = 200;

    private readonly List<CycleStage> _stages = [];
    private readonly List<Participant> _participants = [];
    private readonly List<RiskFactor> _factors = [];

    private Cycle()
    {
    }

    public Cycle(string name, int year, int regionId)
    {
        name = name.Trim();
        if (name.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Назовите цикл, например «500+ 2022» (до 200 символов).", "name");
        }
        if (year is < 2020 or > 2100)
        {
            throw new DomainException("Год цикла указан неверно.", "year");
        }
        Name = name;
        Year = year;
        RegionId = regionId;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int Year { get; private set; }

    /// <summary>The region whose schools take part; the cycle is seen by the region and everything below it.</summary>
    public int RegionId { get; private set; }
    public IReadOnlyList<CycleStage> Stages => _stages;
    public IReadOnlyList<Participant> Participants => _participants;
    public IReadOnlyList<RiskFactor> Factors => _factors;

    /// <summary>The usual calendar of a year (seeds 000, 001, 004), to be adjusted by the coordinator.</summary>
    public void AddStandardStages()
    {
        var y = Year;
        SetStage(StageKind.Survey, new DateOnly(y, 1, 18), new DateOnly(y, 3, 24));
        SetStage(StageKind.RiskProfile, new DateOnly(y, 2, 15), new DateOnly(y, 3, 15));
        SetStage(StageKind.ConceptDocuments, new DateOnly(y, 3, 15), new DateOnly(y, 4, 30));
        SetStage(StageKind.MonitoringFirst, new DateOnly(y, 4, 25), new DateOnly(y, 6, 1));
        SetStage(StageKind.MonitoringSecond, new DateOnly(y, 9, 1), new DateOnly(y, 11, 1));
        SetStage(StageKind.Results, new DateOnly(y, 11, 15), new DateOnly(y, 12, 20));
    }

    public void SetStage(StageKind kind, DateOnly from, DateOnly to)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Такого этапа проекта нет.", "kind");
        }
        if (to < from)
        {
            throw new DomainException("Конец этапа раньше его начала.", "to");
        }
        var existing = _stages.FirstOrDefault(s => s.Kind == kind);
        if (existing is null)
        {
            _stages.Add(new CycleStage(kind, from, to));
        }
        else
        {
            existing.Move(from, to);
        }
    }

    /// <summary>The factors commonly used in 2021–2022 (domain.md); an administrator edits them for another year.</summary>
    public void AddStandardFactors()
    {
        string[] names =
        [
            "Низкий уровень оснащения школы",
            "Дефицит педагогических кадров",
            "Недостаточная предметная и методическая компетентность педагогических работников",
            "Риски низкой адаптивности учебного процесса",
            "Несформированность внутришкольной системы повышения квалификации",
            "Низкое качество преодоления языковых и культурных барьеров",
            "Пониженный уровень качества школьной образовательной и воспитательной среды",
            "Высокая доля обучающихся с рисками учебной неуспешности",
            "Низкая учебная мотивация обучающихся",
            "Низкий уровень вовлеченности родителей",
            "Высокая доля обучающихся с ОВЗ",
        ];
        foreach (var name in names)
        {
            AddFactor(name);
        }
    }

    public RiskFactor AddFactor(string name)
    {
        name = name.Trim();
        if (name.Length is 0 or > RiskFactor.NameMaxLength)
        {
            throw new DomainException("Название фактора риска пустое или длиннее 300 символов.", "name");
        }
        if (_factors.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException($"Фактор «{name}» уже есть в этом цикле.", "name");
        }
        var factor = new RiskFactor(name, _factors.Count + 1);
        _factors.Add(factor);
        return factor;
    }

    public Participant AddParticipant(int schoolId, bool lowResults, bool unfavourable, int joinedYear)
    {
        if (_participants.Any(p => p.SchoolId == schoolId))
        {
            throw new DomainException("Школа уже участвует в этом цикле.", "schoolId");
        }
        if (!lowResults && !unfavourable)
        {
            throw new DomainException("Отметьте, школа ШНОР, ШНСУ или и то и другое.", "lowResults");
        }
        // A school joins the project in this year or an earlier one; a later year would count it in a cycle it was not in.
        if (joinedYear < 2020 || joinedYear > Year)
        {
            throw new DomainException($"Год включения школы в проект указан неверно: от 2020 до {Year}.", "joinedYear");
        }
        var participant = new Participant(schoolId, lowResults, unfavourable, joinedYear);
        _participants.Add(participant);
        return participant;
    }

    public void RemoveParticipant(int schoolId) => _participants.RemoveAll(p => p.SchoolId == schoolId);
}

public class CycleStage
{
    private CycleStage()
    {
    }

    public CycleStage(StageKind kind, DateOnly from, DateOnly to)
    {
        Kind = kind;
        From = from;
        To = to;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public StageKind Kind { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }

    public void Move(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }
}

/// <summary>A participating school of a cycle: ШНОР and/or ШНСУ, and the year it joined the project.</summary>
public class Participant
{
    private Participant()
    {
    }

    public Participant(int schoolId, bool lowResults, bool unfavourable, int joinedYear)
    {
        SchoolId = schoolId;
        LowResults = lowResults;
        Unfavourable = unfavourable;
        JoinedYear = joinedYear;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public int SchoolId { get; private set; }

    /// <summary>ШНОР: школа с низкими образовательными результатами.</summary>
    public bool LowResults { get; private set; }

    /// <summary>ШНСУ: школа, функционирующая в неблагоприятных социальных условиях.</summary>
    public bool Unfavourable { get; private set; }
    public int JoinedYear { get; private set; }
}

public class RiskFactor
{
    public const int NameMaxLength = 300;

    private RiskFactor()
    {
    }

    public RiskFactor(string name, int order)
    {
        Name = name;
        Order = order;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public string Name { get; private set; } = "";
    public int Order { get; private set; }

    public void Rename(string name) => Name = name.Trim();
}

public static class CycleGlossary
{
    public static string Stage(StageKind kind) => kind switch
    {
        StageKind.Survey => "Анкетирование",
        StageKind.RiskProfile => "Рисковые профили школ (РПШ)",
        StageKind.ConceptDocuments => "Концептуальные документы",
        StageKind.MonitoringFirst => "Мониторинг, 1 этап",
        StageKind.MonitoringSecond => "Мониторинг, 2 этап",
        StageKind.Results => "Итоги года",
        _ => kind.ToString(),
    };
}
