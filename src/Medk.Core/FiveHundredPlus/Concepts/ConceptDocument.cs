using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Submissions;
using Medk.Core.Monitoring.Reviews;

namespace Medk.Core.FiveHundredPlus.Concepts;

/// <summary>The school's conceptual documents of a cycle (stage «Концептуальные документы»).</summary>
public enum ConceptKind
{
    /// <summary>Концепция развития.</summary>
    DevelopmentConcept,

    /// <summary>Среднесрочная программа развития.</summary>
    MidTermProgram,

    /// <summary>Антирисковая программа: one per activated risk direction; structured as a roadmap.</summary>
    AntiRiskProgram,

    /// <summary>Дорожная карта школы: structured as a roadmap.</summary>
    SchoolRoadmap,
}

/// <summary>
/// A conceptual document of a participating school: a file with its metadata, or (for the anti-risk
/// programme and the school roadmap) a link to a roadmap written or imported in Medk. It goes through the
/// same submission, curator confirmation or return as a report, and then a content review by an expert.
/// </summary>
public class ConceptDocument
{
    public const int TitleMaxLength = 500;

    private readonly List<StoredFile> _files = [];
    private readonly List<SubmissionDecision> _decisions = [];

    private ConceptDocument()
    {
    }

    public ConceptDocument(int cycleId, int schoolId, ConceptKind kind, int? riskFactorId, string title, DateTimeOffset now)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Выберите вид документа: концепция, программа развития, антирисковая программа или дорожная карта школы.", "kind");
        }
        if (kind == ConceptKind.AntiRiskProgram && riskFactorId is null)
        {
            throw new DomainException("Антирисковая программа пишется по фактору риска: выберите фактор.", "riskFactorId");
        }
        CycleId = cycleId;
        SchoolId = schoolId;
        Kind = kind;
        RiskFactorId = kind == ConceptKind.AntiRiskProgram ? riskFactorId : null;
        Retitle(title);
        CreatedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public int SchoolId { get; private set; }
    public ConceptKind Kind { get; private set; }
    public int? RiskFactorId { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>The structured content, for the anti-risk programme and the school roadmap.</summary>
    public int? RoadmapId { get; private set; }
    public ReportStatus Status { get; private set; } = ReportStatus.Draft;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public ReviewVerdict? ExpertVerdict { get; private set; }
    public string? ExpertComment { get; private set; }
    public string? ExpertName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public IReadOnlyList<StoredFile> Files => _files;
    public IReadOnlyList<SubmissionDecision> Decisions => _decisions;

    public bool IsStructured => Kind is ConceptKind.AntiRiskProgram or ConceptKind.SchoolRoadmap;

    public void Retitle(string title)
    {
        title = (title ?? "").Trim();
        if (title.Length is 0 or > TitleMaxLength)
        {
            throw new DomainException("Укажите название документа (до 500 символов).", "title");
        }
        Title = title;
    }

    public void LinkRoadmap(int? roadmapId)
    {
        ReportWorkflow.EnsureEditable(Status);
        if (!IsStructured && roadmapId is not null)
        {
            throw new DomainException("Дорожную карту можно связать только с антирисковой программой или дорожной картой школы.", "roadmapId");
        }
        RoadmapId = roadmapId;
    }

    public void Attach(StoredFile file) =>
        Submission.Attach(Status, _files, file, EvidencePolicy.MaxFilesPerReport, "К документу");

    public void Submit(Guid by, string byName, DateTimeOffset now)
    {
        if (IsStructured ? RoadmapId is null && _files.Count == 0 : _files.Count == 0)
        {
            throw new DomainException(IsStructured
                ? "Приложите файл программы или свяжите её с дорожной картой в Medk."
                : "Приложите файл документа.", "files");
        }
        Status = Submission.Submit(Status, new ReportContent(Title, _files.Count, null), _decisions, by, byName, now);
        UpdatedAt = now;
    }

    public void Confirm(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        Status = Submission.Confirm(Status, _decisions, by, byName, comment, now);
        UpdatedAt = now;
    }

    public void Return(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        Status = Submission.Return(Status, _decisions, by, byName, comment, now);
        UpdatedAt = now;
    }

    /// <summary>The content review (содержательная экспертиза) of a confirmed document.</summary>
    public void Review(ReviewVerdict verdict, string expertName, string? comment, DateTimeOffset now)
    {
        if (Status != ReportStatus.Confirmed)
        {
            throw new DomainException("Экспертизу проходит документ, подтверждённый куратором.");
        }
        if (!Enum.IsDefined(verdict))
        {
            throw new DomainException("Заключение эксперта: подтверждено или не подтверждено.", "verdict");
        }
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (verdict == ReviewVerdict.NotConfirmed && comment is null)
        {
            throw new DomainException("Объясните, что не так с документом.", "comment");
        }
        ExpertVerdict = verdict;
        ExpertComment = comment is { Length: > 4000 } ? comment[..4000] : comment;
        ExpertName = expertName.Length > 200 ? expertName[..200] : expertName;
        ReviewedAt = now;
    }
}

/// <summary>The outcome of a monitoring stage for a school: whether positive changes are confirmed.</summary>
public class StageOutcome
{
    private StageOutcome()
    {
    }

    public StageOutcome(int cycleId, Cycles.StageKind stage, int schoolId, bool positiveChanges, Guid by, string byName, string? comment, DateTimeOffset at)
    {
        if (stage is not (Cycles.StageKind.MonitoringFirst or Cycles.StageKind.MonitoringSecond))
        {
            throw new DomainException("Итог фиксируется по этапам мониторинга (1 или 2 этап).", "stage");
        }
        CycleId = cycleId;
        Stage = stage;
        SchoolId = schoolId;
        Record(positiveChanges, by, byName, comment, at);
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public Cycles.StageKind Stage { get; private set; }
    public int SchoolId { get; private set; }

    /// <summary>Позитивные изменения подтверждены (true) / не подтверждены (false).</summary>
    public bool PositiveChanges { get; private set; }
    public Guid DecidedBy { get; private set; }
    public string DecidedByName { get; private set; } = "";
    public string? Comment { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }

    public void Record(bool positiveChanges, Guid by, string byName, string? comment, DateTimeOffset at)
    {
        PositiveChanges = positiveChanges;
        DecidedBy = by;
        DecidedByName = byName.Length > 200 ? byName[..200] : byName;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()[..Math.Min(comment.Trim().Length, 2000)];
        DecidedAt = at;
    }
}

public static class ConceptGlossary
{
    public static string Kind(ConceptKind kind) => kind switch
    {
        ConceptKind.DevelopmentConcept => "Концепция развития",
        ConceptKind.MidTermProgram => "Среднесрочная программа развития",
        ConceptKind.AntiRiskProgram => "Антирисковая программа",
        ConceptKind.SchoolRoadmap => "Дорожная карта школы",
        _ => kind.ToString(),
    };
}
