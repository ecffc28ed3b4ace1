using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;

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

    private readonly List<CuratorFile> _files = [];

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
    public IReadOnlyList<CuratorFile> Files => _files;

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

    public void Attach(CuratorFile file) => CuratorFiles.Add(_files, file);
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

    private readonly List<CuratorFile> _files = [];

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
    public IReadOnlyList<CuratorFile> Files => _files;

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

    public void Attach(CuratorFile file)
    {
        EnsureDraft();
        CuratorFiles.Add(_files, file);
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

/// <summary>A file of a visit or of a curator's report (exactly one of the two owns it); bytes live apart.</summary>
public class CuratorFile
{
    private CuratorFile()
    {
    }

    public CuratorFile(string fileName, EvidenceKind kind, byte[] content, string sha256, DateTimeOffset uploadedAt)
    {
        FileName = Path.GetFileName(fileName).Trim();
        Kind = kind;
        Size = content.LongLength;
        Sha256 = sha256;
        UploadedAt = uploadedAt;
        Content = new CuratorFileContent(content);
    }

    public int Id { get; private set; }
    public int? VisitId { get; private set; }
    public int? ReportId { get; private set; }
    public string FileName { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }
    public CuratorFileContent? Content { get; private set; }
}

public class CuratorFileContent
{
    private CuratorFileContent()
    {
    }

    public CuratorFileContent(byte[] bytes) => Bytes = bytes;

    public int Id { get; private set; }
    public int CuratorFileId { get; private set; }
    public byte[] Bytes { get; private set; } = [];
}

internal static class CuratorFiles
{
    public static void Add(List<CuratorFile> files, CuratorFile file)
    {
        if (files.Count >= EvidencePolicy.MaxFilesPerReport)
        {
            throw new DomainException($"Можно приложить не больше {EvidencePolicy.MaxFilesPerReport} файлов.", "files");
        }
        files.Add(file);
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
