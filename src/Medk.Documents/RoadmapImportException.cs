namespace Medk.Documents;

/// <summary>Whose problem an import failure is: it decides what the person is told and what is logged.</summary>
public enum RoadmapImportFailure
{
    /// <summary>The file is readable but is not a roadmap Medk takes: empty, too large, no table, unsupported format.</summary>
    Refused,

    /// <summary>The file is really broken: not a ZIP, truncated, its main part missing or not XML.</summary>
    Damaged,

    /// <summary>A structurally valid file a reader failed on: Medk's fault, logged with <see cref="RoadmapImportException.ErrorId"/>.</summary>
    ReaderFailure,
}

/// <summary>
/// The file could not be read as a roadmap. The message is written for a person, in Russian, because the
/// web application and the CLI show it as is; the inner exception keeps the technical cause. A
/// <see cref="RoadmapImportFailure.ReaderFailure"/> carries a short error id, also named in the message, so that
/// the person's report and the log entry meet.
/// </summary>
public sealed class RoadmapImportException : Exception
{
    public RoadmapImportException(string message)
        : base(message)
    {
    }

    public RoadmapImportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RoadmapImportException(string message, RoadmapImportFailure kind, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    private RoadmapImportException(string message, string errorId, Exception innerException)
        : base(message, innerException)
    {
        Kind = RoadmapImportFailure.ReaderFailure;
        ErrorId = errorId;
    }

    public RoadmapImportFailure Kind { get; } = RoadmapImportFailure.Refused;

    /// <summary>Eight hex digits naming this failure in the log; only for <see cref="RoadmapImportFailure.ReaderFailure"/>.</summary>
    public string? ErrorId { get; }

    /// <summary>A reader threw on a file that is structurally valid: say it is our failure, not the person's file.</summary>
    /// <param name="format">The format as the person knows it: «документ Word (DOCX)».</param>
    public static RoadmapImportException ReaderFailed(string format, Exception cause)
    {
        var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        var message = $"Программа не смогла прочитать {format}: это ошибка Medk, а не вашего файла. Код ошибки {id}. "
            + "Сообщите его в поддержку; пока ошибка не исправлена, попробуйте сохранить документ в другом формате (DOCX, XLSX, ODT) и загрузить снова.";
        return new RoadmapImportException(message, id, cause);
    }
}
