using Medk.Core.Common;

namespace Medk.Core.FiveHundredPlus.Risks;

/// <summary>
/// A school's risk profile (РПШ) in one cycle: a level per risk factor of the cycle, the directions the school
/// team activated («активизация рисковых направлений»), and the curator's verification. A verified profile is
/// locked: the conceptual documents are written from it, so it changes only after the curator or a
/// coordinator reopens it.
/// </summary>
public class RiskProfile
{
    private readonly List<RiskProfileLevel> _levels = [];

    private RiskProfile()
    {
    }

    public RiskProfile(int cycleId, int schoolId, DateTimeOffset now)
    {
        CycleId = cycleId;
        SchoolId = schoolId;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public int SchoolId { get; private set; }
    public IReadOnlyList<RiskProfileLevel> Levels => _levels;
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid? VerifiedById { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public bool IsVerified => VerifiedAt is not null;

    /// <summary>Sets the levels given (others stay as they are). <paramref name="factorIds"/> are the cycle's factors.</summary>
    public void SetLevels(IReadOnlyDictionary<int, RiskLevel> levels, IReadOnlyCollection<int> factorIds, DateTimeOffset now)
    {
        EnsureOpen();
        // Every entry is checked before any changes: a refused call leaves the profile as it was.
        foreach (var (factorId, level) in levels)
        {
            if (!factorIds.Contains(factorId))
            {
                throw new DomainException("Такого фактора риска нет в этом цикле.", "levels");
            }
            if (!Enum.IsDefined(level))
            {
                throw new DomainException("Уровень риска: высокий, средний, низкий или не выявлен.", "levels");
            }
        }
        foreach (var (factorId, level) in levels)
        {
            var entry = _levels.FirstOrDefault(l => l.FactorId == factorId);
            if (entry is null)
            {
                _levels.Add(new RiskProfileLevel(factorId, level));
            }
            else
            {
                entry.Set(level);
            }
        }
        UpdatedAt = now;
    }

    /// <summary>The school team chooses the risk directions it will work on; the rest are deactivated.</summary>
    public void Activate(IReadOnlyCollection<int> factorIds, DateTimeOffset now)
    {
        EnsureOpen();
        foreach (var factorId in factorIds)
        {
            var entry = _levels.FirstOrDefault(l => l.FactorId == factorId)
                ?? throw new DomainException("Сначала укажите уровень риска по этому фактору, потом активизируйте направление.", "factorIds");
            if (!RiskLevels.IsFound(entry.Level))
            {
                throw new DomainException("Риск по этому фактору не выявлен: активизировать можно только выявленные рисковые направления.", "factorIds");
            }
        }
        foreach (var entry in _levels)
        {
            entry.SetActivated(factorIds.Contains(entry.FactorId));
        }
        UpdatedAt = now;
    }

    public void Verify(Guid verifiedBy, int factorCount, DateTimeOffset now)
    {
        if (IsVerified)
        {
            throw new DomainException("Профиль уже проверен.", "profile");
        }
        if (_levels.Count < factorCount)
        {
            throw new DomainException("Проверить можно только полный профиль: укажите уровень по каждому фактору риска.", "levels");
        }
        VerifiedById = verifiedBy;
        VerifiedAt = now;
    }

    public void Reopen(DateTimeOffset now)
    {
        if (!IsVerified)
        {
            throw new DomainException("Профиль ещё не проверен: открывать нечего.", "profile");
        }
        VerifiedById = null;
        VerifiedAt = null;
        UpdatedAt = now;
    }

    private void EnsureOpen()
    {
        if (IsVerified)
        {
            throw new DomainException("Профиль проверен куратором и закрыт для правки. Попросите куратора или координатора открыть его.", "profile");
        }
    }
}

/// <summary>The level of one factor in a profile, and whether the school works on it this year.</summary>
public class RiskProfileLevel
{
    private RiskProfileLevel()
    {
    }

    public RiskProfileLevel(int factorId, RiskLevel level)
    {
        FactorId = factorId;
        Level = level;
    }

    public int Id { get; private set; }
    public int RiskProfileId { get; private set; }
    public int FactorId { get; private set; }
    public RiskLevel Level { get; private set; }
    public bool Activated { get; private set; }

    internal void Set(RiskLevel level)
    {
        Level = level;
        // A direction stays active only while its risk is found.
        if (!RiskLevels.IsFound(level))
        {
            Activated = false;
        }
    }

    internal void SetActivated(bool activated) => Activated = activated;
}
