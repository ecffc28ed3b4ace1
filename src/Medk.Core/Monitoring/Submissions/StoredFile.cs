using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;

namespace Medk.Core.Monitoring.Submissions;

/// <summary>
/// A file kept for a document (a report's proof, a concept document, a visit's protocol, a practice's slides): its
/// description only. The bytes live in a file store under <see cref="StorageKey"/> (the database today, a folder or an
/// object store tomorrow), so lists never read them and moving the bytes never touches the owners.
/// </summary>
public sealed class StoredFile
{
    public const int FileNameMaxLength = EvidencePolicy.FileNameMaxLength;
    public const int KeyLength = 32;

    private StoredFile()
    {
    }

    public StoredFile(string fileName, EvidenceKind kind, long size, string sha256, Guid? uploadedBy, DateTimeOffset uploadedAt, string storageKey)
    {
        FileName = Path.GetFileName(fileName ?? "").Trim();
        if (FileName.Length is 0 or > FileNameMaxLength)
        {
            throw new DomainException("У файла нет имени или оно длиннее 255 символов.", "files");
        }
        if (size <= 0)
        {
            throw new DomainException($"Файл «{FileName}» пуст.", "files");
        }
        if (sha256 is not { Length: 64 } || storageKey is not { Length: > 0 and <= KeyLength })
        {
            // Programming errors, not the user's: the checksum and the key come from the upload code.
            throw new ArgumentException("A stored file needs a SHA-256 in hex and a storage key.");
        }
        Kind = kind;
        ContentType = EvidencePolicy.ContentType(FileName);
        Size = size;
        Sha256 = sha256;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
        StorageKey = storageKey;
    }

    public int Id { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public EvidenceKind Kind { get; private set; }
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";

    /// <summary>Who uploaded it; unknown for files kept before the uploader was recorded for every kind of document.</summary>
    public Guid? UploadedBy { get; private set; }
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Where the bytes are in the file store; chosen before saving, so the bytes can be written first.</summary>
    public string StorageKey { get; private set; } = "";

    public static string NewKey() => Guid.NewGuid().ToString("N");
}

/// <summary>
/// The rules of a document's list of files, shared by every kind of document: a limit, and no changes once the
/// owner says its files are frozen. The owner keeps the list (so the database maps it as a plain navigation).
/// </summary>
public static class Attachments
{
    /// <param name="noun">How the owner is named in «К отчёту можно приложить…»: "К отчёту", "К документу".</param>
    public static void Add(List<StoredFile> files, StoredFile file, int max, string noun)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (files.Count >= max)
        {
            throw new DomainException($"{noun} можно приложить не больше {max} файлов.", "files");
        }
        files.Add(file);
    }

    /// <summary>Takes the file off the list and returns it (null when it is not there), so that the caller deletes its bytes.</summary>
    public static StoredFile? Remove(List<StoredFile> files, int fileId) =>
        files.FirstOrDefault(f => f.Id == fileId) is { } file && files.Remove(file) ? file : null;
}
