using Medk.Core.Common;
using Medk.Core.Monitoring;

namespace Medk.Core.Monitoring.Reviews;

/// <summary>
/// A sample review (выборочная экспертиза): a reproducible random draw of confirmed reports of a stage
/// (checkpoints due between two dates) in a territory, assigned to experts. The seed is recorded, so the
/// same candidates and seed give the same sample again for anyone who checks.
/// </summary>
public class ReviewSample
{
    public const int NameMaxLength = 300;

    private readonly List<ReviewAssignment> _assignments = [];

    private ReviewSample()
    {
    }

    public ReviewSample(string name, int scopeOrganizationId, DateOnly from, DateOnly to, bool isPercent, int size, int seed,
        int candidateCount, Guid createdBy, DateTimeOffset createdAt)
    {
        name = name.Trim();
        if (name.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Назовите выборку (например, «Мониторинг, 1 этап»), до 300 символов.", "name");
        }
        if (to < from)
        {
            throw new DomainException("Конец этапа раньше его начала.", "to");
        }
        if (isPercent ? size is < 1 or > 100 : size < 1)
        {
            throw new DomainException(isPercent ? "Доля выборки — от 1 до 100 %." : "Размер выборки — хотя бы один отчёт.", "size");
        }
        Name = name;
        ScopeOrganizationId = scopeOrganizationId;
        From = from;
        To = to;
        IsPercent = isPercent;
        Size = size;
        Seed = seed;
        CandidateCount = candidateCount;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public int ScopeOrganizationId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public bool IsPercent { get; private set; }
    public int Size { get; private set; }

    /// <summary>The seed of the draw: recorded so that the sample can be reproduced and checked.</summary>
    public int Seed { get; private set; }
    public int CandidateCount { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<ReviewAssignment> Assignments => _assignments;

    public SampleSize SampleSize => IsPercent ? SampleSize.Percent(Size) : SampleSize.Count(Size);

    public void Assign(IEnumerable<ExpertAssignment> assignments)
    {
        foreach (var a in assignments)
        {
            _assignments.Add(new ReviewAssignment(a.Id, a.Expert));
        }
    }
}

/// <summary>One report of a sample given to one expert, and the expert's answer: points per criterion, verdict, comment.</summary>
public class ReviewAssignment
{
    public const int CommentMaxLength = 4000;

    private ReviewAssignment()
    {
    }

    public ReviewAssignment(int reportId, Guid expertId)
    {
        ReportId = reportId;
        ExpertId = expertId;
    }

    public int Id { get; private set; }
    public int SampleId { get; private set; }
    public int ReportId { get; private set; }
    public Guid ExpertId { get; private set; }
    public int[] Points { get; private set; } = [];
    public int? Total { get; private set; }
    public ReviewVerdict? Verdict { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public bool IsCompleted => CompletedAt is not null;

    public void Complete(IReadOnlyList<int> points, ReviewVerdict verdict, string? comment, DateTimeOffset now)
    {
        if (IsCompleted)
        {
            throw new DomainException("Экспертиза этого отчёта уже завершена.");
        }
        var criteria = ReviewChecklist.Default;
        if (points.Count != criteria.Count)
        {
            throw new DomainException($"Оцените все {criteria.Count} пунктов чек-листа.", "points");
        }
        for (var i = 0; i < criteria.Count; i++)
        {
            if (points[i] < 0 || points[i] > criteria[i].MaxPoints)
            {
                throw new DomainException($"«{criteria[i].Text}»: от 0 до {criteria[i].MaxPoints} баллов.", "points");
            }
        }
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (verdict == ReviewVerdict.NotConfirmed && comment is null)
        {
            throw new DomainException("Объясните, почему результат не подтверждён.", "comment");
        }
        Points = [.. points];
        Total = points.Sum();
        Verdict = verdict;
        Comment = comment is { Length: > CommentMaxLength } ? comment[..CommentMaxLength] : comment;
        CompletedAt = now;
    }
}

/// <summary>Points given to a roadmap as a whole (regional roadmaps are scored), with the colour zone they fall in.</summary>
public class RoadmapScore
{
    private RoadmapScore()
    {
    }

    public RoadmapScore(int roadmapId, Guid expertId, string expertName, decimal points, decimal maxPoints, string? comment, DateTimeOffset at)
    {
        RollUp.ScoreZone(points, maxPoints); // validates the numbers with a Russian message
        RoadmapId = roadmapId;
        ExpertId = expertId;
        ExpertName = expertName.Length > 200 ? expertName[..200] : expertName;
        Points = points;
        MaxPoints = maxPoints;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()[..Math.Min(comment.Trim().Length, 2000)];
        At = at;
    }

    public int Id { get; private set; }
    public int RoadmapId { get; private set; }
    public Guid ExpertId { get; private set; }
    public string ExpertName { get; private set; } = "";
    public decimal Points { get; private set; }
    public decimal MaxPoints { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset At { get; private set; }
    public ColorZone Zone => RollUp.ScoreZone(Points, MaxPoints);
}
