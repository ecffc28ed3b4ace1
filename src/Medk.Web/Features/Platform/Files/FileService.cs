using Medk.Core.Monitoring.Submissions;
using Medk.Data.Files;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Files;

/// <summary>
/// A kind of document that owns stored files, as the download needs it: the foreign key that ties a file to it
/// (<c>{Owner}Id</c> in <c>StoredFiles</c>) and the check that the user sees the document (404 otherwise).
/// Registered by each slice with <see cref="FileOwnerRegistration.AddFileOwner{TOwner,TService}"/>.
/// </summary>
public sealed record FileOwner(string ForeignKey, Func<int, CancellationToken, Task> EnsureVisibleAsync);

public static class FileOwnerRegistration
{
    /// <summary>Files of <typeparamref name="TOwner"/> are shown to whoever <typeparamref name="TService"/> lets see the owner.</summary>
    public static IServiceCollection AddFileOwner<TOwner, TService>(this IServiceCollection services,
        Func<TService, int, CancellationToken, Task> ensureVisible) where TService : notnull =>
        services.AddScoped(sp => new FileOwner(typeof(TOwner).Name + "Id", (id, ct) => ensureVisible(sp.GetRequiredService<TService>(), id, ct)));
}

/// <summary>
/// Files of every kind of document: kept on upload (bytes to the <see cref="IFileStore"/>, description to the owner)
/// and served by one endpoint that asks the owning document whether the user may see it.
/// </summary>
public sealed class FileService(MedkDbContext db, IFileStore store, CurrentUser user, TimeProvider clock, IEnumerable<FileOwner> owners)
{
    /// <summary>Writes the bytes of checked uploads and returns their descriptions, for the owner to attach and save.</summary>
    public async Task<IReadOnlyList<StoredFile>> KeepAsync(IReadOnlyList<CheckedFile> files, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var kept = new List<StoredFile>(files.Count);
        foreach (var file in files)
        {
            var key = StoredFile.NewKey();
            await store.SaveAsync(key, new MemoryStream(file.Content, writable: false), ct);
            kept.Add(new StoredFile(file.FileName, file.Kind, file.Content.LongLength, file.Sha256, user.Id, now, key));
        }
        return kept;
    }

    /// <summary>Deletes the bytes of a file whose description the owner has already saved without it.</summary>
    public Task ForgetAsync(StoredFile file, CancellationToken ct) => store.DeleteAsync(file.StorageKey, ct);

    /// <summary>The file and its bytes, or 404 when there is no such file or the user cannot see its document.</summary>
    public async Task<(StoredFile File, Stream Content)> OpenAsync(int id, CancellationToken ct)
    {
        var file = await db.StoredFiles.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException("Файл не найден.");
        var entry = db.Entry(file);
        var owner = owners.Select(o => (o, Id: entry.Property(o.ForeignKey).CurrentValue as int?)).FirstOrDefault(x => x.Id is not null);
        if (owner.o is null)
        {
            throw new NotFoundException("Файл не найден.");
        }
        await owner.o.EnsureVisibleAsync(owner.Id!.Value, ct);
        var content = await store.OpenAsync(file.StorageKey, ct) ?? throw new NotFoundException("Содержимое файла не найдено в хранилище.");
        return (file, content);
    }
}

public static class FilesApi
{
    public static RouteGroupBuilder MapFilesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/files/{id:int}", async (int id, FileService files, CancellationToken ct) =>
            {
                var (file, content) = await files.OpenAsync(id, ct);
                return TypedResults.Stream(content, file.ContentType, file.FileName);
            })
            .WithTags("Файлы")
            .WithSummary("Скачать файл документа (отчёта, концептуального документа, посещения, практики), если документ мне виден")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }
}
