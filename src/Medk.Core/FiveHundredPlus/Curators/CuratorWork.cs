using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring.Submissions;

namespace Medk.Core.FiveHundredPlus.Curators;

public enum VisitFormat
{
    InPerson,
    Online,
}

/// <summary>
/// A curator's visit to an assigned school (выезд или онлайн-встреча): the date, the format, what was done,
/// and files (protocols, photos). Written by the curator; read by the school's municipality and region too.
/// </summary>
public class CuratorVisit
{
    public const int NotesMaxLength = 8000;

    private readonly List<StoredFile> _files = [];

    private CuratorVisit()
    {
    }

    public CuratorVisit(Guid curatorUserId, int schoolId, DateOnly date, VisitFormat format, string? notes, DateTimeOffset now)
    {
        CuratorUserId = curatorUserId;
        SchoolId = schoolId;
        CreatedAt = now;
        Edit(date, format, notes, now);
    }

    public int Id { get; private set; }
    public Guid CuratorUserId { get; private set; }
    public int SchoolId { get; private set; }
    public DateOnly Date { get; private set; }
    public VisitFormat Format { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyList<StoredFile> Files => _files;

    public void Edit(DateOnly date, VisitFormat format, string? notes, DateTimeOffset now)
    {
        if (date.Year < 2020 || date > DateOnly.FromDateTime(now.UtcDateTime).AddDays(366))
        {
            throw new DomainException("Дата посещения указана неверно.", "date");
        }
        if (!Enum.IsDefined(format))
        {
            throw new DomainException("Формат посещения: очно или онлайн.", "format");
        }
        notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (notes is { Length: > NotesMaxLength })
        {
            throw new DomainException($"Описание посещения длиннее {NotesMaxLength} символов.", "notes");
        }
        Date = date;
        Format = format;
        Notes = notes;
        UpdatedAt = now;
    }

    public void Attach(StoredFile file) => Attachments.Add(_files, file, EvidencePolicy.MaxFilesPerReport, "К посещению");
}

public enum CuratorReportStatus
{
    Draft,
    Submitted,
}

/// <summary>
/// The curator's report on a supervised school for a year (seed 000, item 8.2 «Отчет куратора по результатам
/// деятельности курируемых пилотных школ»): text and files, kept as a draft until submitted; then the
/// coordinators of the school's territory read it and it no longer changes.
/// </summary>
public class CuratorReport
{
    public const int TextMaxLength = 20000;

    private readonly List<StoredFile> _files = [];

    private CuratorReport()
    {
    }

    public CuratorReport(Guid curatorUserId, int schoolId, int year, DateTimeOffset now)
    {
        if (year is < 2020 or > 2100)
        {
            throw new DomainException("Год отчёта указан неверно.", "year");
        }
        CuratorUserId = curatorUserId;
        SchoolId = schoolId;
        Year = year;
        Status = CuratorReportStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public int Id { get; private set; }
    public Guid CuratorUserId { get; private set; }
    public int SchoolId { get; private set; }
    public int Year { get; private set; }
    public string? Text { get; private set; }
    public CuratorReportStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public IReadOnlyList<StoredFile> Files => _files;

    public void Write(string? text, DateTimeOffset now)
    {
        EnsureDraft();
        text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (text is { Length: > TextMaxLength })
        {
            throw new DomainException($"Текст отчёта длиннее {TextMaxLength} символов.", "text");
        }
        Text = text;
        UpdatedAt = now;
    }

    public void Attach(StoredFile file)
    {
        EnsureDraft();
        Attachments.Add(_files, file, EvidencePolicy.MaxFilesPerReport, "К отчёту");
    }

    public void Submit(DateTimeOffset now)
    {
        EnsureDraft();
        if (Text is null)
        {
            throw new DomainException("Напишите отчёт перед отправкой: что сделано в школе и каковы результаты.", "text");
        }
        Status = CuratorReportStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    private void EnsureDraft()
    {
        if (Status != CuratorReportStatus.Draft)
        {
            throw new DomainException("Отчёт уже отправлен и больше не меняется.", "text");
        }
    }
}

public static class CuratorGlossary
{
    public static string Format(VisitFormat format) => format switch
    {
        VisitFormat.InPerson => "очно",
        VisitFormat.Online => "онлайн",
        _ => format.ToString(),
    };

    public static string Status(CuratorReportStatus status) => status switch
    {
        CuratorReportStatus.Draft => "Черновик",
        CuratorReportStatus.Submitted => "Отправлен",
        _ => status.ToString(),
    };
}
