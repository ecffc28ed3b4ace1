using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Medk.Data.Files;

/// <summary>
/// Where the bytes of stored files live, by <see cref="Core.Monitoring.Submissions.StoredFile.StorageKey"/>. The one
/// seam between documents and storage (decision 015): the database today, a folder on a shared disk, or an object
/// store tomorrow, chosen by <c>Files:Store</c>.
/// Callers write the bytes before saving the file's description and delete them after removing it, so a failure
/// can leave unread bytes behind but never a description without bytes.
/// </summary>
public interface IFileStore
{
    /// <summary>Keeps the bytes under the key. The database store completes this with the caller's next SaveChanges,
    /// in the same transaction as the file's description.</summary>
    Task SaveAsync(string key, Stream content, CancellationToken ct);

    /// <summary>The bytes, or null when the store has nothing under the key.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>The bytes of a file kept in the database (<see cref="DatabaseFileStore"/>).</summary>
public sealed class StoredFileContent
{
    private StoredFileContent()
    {
    }

    public StoredFileContent(string key, byte[] bytes)
    {
        Key = key;
        Bytes = bytes;
    }

    public string Key { get; private set; } = "";
    public byte[] Bytes { get; private set; } = [];
}

/// <summary>
/// Bytes in the <c>StoredFileContents</c> table (decision 010): every app instance serves every file without a shared
/// disk, and a document and its files are saved or refused together in one transaction.
/// </summary>
public sealed class DatabaseFileStore(MedkDbContext db) : IFileStore
{
    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        db.StoredFileContents.Add(new StoredFileContent(FileKeys.Checked(key), buffer.ToArray()));
    }

    public async Task<Stream?> OpenAsync(string key, CancellationToken ct)
    {
        var bytes = await db.StoredFileContents.AsNoTracking().Where(c => c.Key == key).Select(c => c.Bytes).FirstOrDefaultAsync(ct);
        return bytes is null ? null : new MemoryStream(bytes, writable: false);
    }

    public async Task DeleteAsync(string key, CancellationToken ct)
    {
        if (db.StoredFileContents.Local.FirstOrDefault(c => c.Key == key) is { } pending)
        {
            db.Entry(pending).State = EntityState.Detached;
        }
        await db.StoredFileContents.Where(c => c.Key == key).ExecuteDeleteAsync(ct);
    }
}

/// <summary>
/// Bytes as files in a folder (<c>Files:Path</c>), two levels deep by the key's first characters so no folder grows
/// huge. For one instance, or several sharing a disk; an object store is the same three operations over HTTP.
/// </summary>
public sealed class FileSystemFileStore(string root) : IFileStore
{
    public string Root { get; } = Path.GetFullPath(root);

    public async Task SaveAsync(string key, Stream content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved in, so a reader never sees half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".part";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, ct);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        FileKeys.Checked(key);
        return Path.Combine(Root, key[..2], key);
    }
}

public enum FileStoreKind
{
    Database,
    FileSystem,
}

/// <summary><c>Files:Store</c> = Database (default) | FileSystem, and <c>Files:Path</c> for the folder (default data/files).</summary>
public sealed record FileStoreSettings(FileStoreKind Kind, string Path)
{
    public const string DefaultPath = "data/files";

    public static FileStoreSettings From(IConfiguration configuration, string contentRoot)
    {
        var text = configuration["Files:Store"] ?? nameof(FileStoreKind.Database);
        if (!Enum.TryParse<FileStoreKind>(text, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new DatabaseConfigurationException($"Неизвестное хранилище файлов «{text}»: укажите Files:Store = Database или FileSystem.");
        }
        var path = configuration["Files:Path"] is { Length: > 0 } p ? p : DefaultPath;
        return new FileStoreSettings(kind, System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, path)));
    }
}

internal static class FileKeys
{
    /// <summary>Keys become file names: only letters, digits and dashes, so a key can never climb out of the folder.</summary>
    public static string Checked(string key)
    {
        if (key is not { Length: >= 3 and <= Core.Monitoring.Submissions.StoredFile.KeyLength } || !key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"Not a storage key: «{key}».", nameof(key));
        }
        return key;
    }
}
