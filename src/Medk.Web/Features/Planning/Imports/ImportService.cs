using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Data.Import;
using Medk.Data.Persistence;
using Medk.Documents;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Planning.Imports;

public sealed record OwnerOption(int Id, string Name, OrganizationLevel Level);

/// <summary>An import draft with what the preview shows beside the text: understood deadlines and resolved parties.</summary>
public sealed record DraftPreview(ImportDraft Draft, DraftRoadmap Content, ImportedRoadmap Understood, IReadOnlyList<IReadOnlyList<PartyMatch>> Parties);

/// <summary>
/// Upload → preview → corrections → confirmation, for pages and API alike. Nothing becomes a roadmap before
/// confirmation; a failed read or a cancellation leaves no roadmap and no item behind.
/// </summary>
public sealed class ImportService(MedkDbContext db, CurrentUser user, RoadmapImportService imports, TimeProvider clock, ILogger<ImportService> log, RoadmapImportOptions readers)
{
    public const long MaxUploadBytes = RoadmapImporter.MaxFileSize;

    /// <summary>Reads a document; a document that cannot be read becomes a Russian message on the "file" field.</summary>
    /// <param name="readers">The LibreOffice converter for DOC, XLS and RTF (configured in WebSetup).</param>
    /// <param name="log">Where a reader's own failure is logged with its error id (the person sees the id in the message).</param>
    public static ImportedRoadmap Read(Stream content, string fileName, long length, int? year, RoadmapImportOptions readers, ILogger? log = null)
    {
        if (length == 0)
        {
            throw new DomainException("Файл пуст.", "file");
        }
        if (length > MaxUploadBytes)
        {
            throw new DomainException($"Файл больше {MaxUploadBytes / 1024 / 1024} МБ: загрузите дорожную карту без вложенных изображений или разделите её.", "file");
        }
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("Год указан неверно: ожидается четырёхзначный год, например 2022.", "year");
        }
        try
        {
            return RoadmapImporter.Import(content, fileName, year, readers);
        }
        catch (RoadmapImportException e)
        {
            if (e.Kind == RoadmapImportFailure.ReaderFailure)
            {
                log?.LogError(e.InnerException, "Import reader failure {ErrorId} on {FileName}", e.ErrorId, fileName);
            }
            throw new DomainException(e.Message, "file");
        }
    }

    public async Task<IReadOnlyList<OwnerOption>> OwnerOptionsAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var query = db.Organizations.AsNoTracking().Writable(scope);
        // A school team imports for its school; others choose among authorities and institutions.
        var roots = scope.WritableRoots.ToArray();
        var rootLevels = await db.Organizations.AsNoTracking().Where(o => roots.Contains(o.Path)).Select(o => o.Level).ToListAsync(ct);
        if (!Policies.ImportsForOwnSchoolsOnly(scope, rootLevels))
        {
            query = query.Where(o => o.Kind != OrganizationKind.School);
        }
        return await query.OrderBy(o => o.Path.Length).ThenBy(o => o.ShortName).Take(3000)
            .Select(o => new OwnerOption(o.Id, o.ShortName, o.Level)).ToListAsync(ct);
    }

    public async Task<Guid> StartAsync(Stream content, string fileName, long length, int? year, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        scope.Require(Policies.ImportRoadmap);
        var imported = Read(content, fileName, length, year, readers, log);
        var owner = await imports.GuessOwnerAsync(imported.Owner, db.Organizations.Writable(scope), ct);
        var now = clock.GetUtcNow();
        // Forgotten drafts of anyone go once they are a day old; any instance may do it, it is idempotent.
        var expired = now - ImportDraft.Lifetime;
        await db.ImportDrafts.Where(d => d.CreatedAt < expired).ExecuteDeleteAsync(ct);
        var draft = new ImportDraft(user.RequiredId, Path.GetFileName(fileName), DraftRoadmap.From(imported), owner?.Id, now);
        db.ImportDrafts.Add(draft);
        await db.SaveChangesAsync(ct);
        return draft.Id;
    }

    public async Task<DraftPreview> PreviewAsync(Guid id, CancellationToken ct)
    {
        var draft = await FindAsync(id, ct);
        return await PreviewOfAsync(draft, ct);
    }

    /// <summary>Applies the person's corrections to the stored draft and shows it again.</summary>
    public async Task<DraftPreview> UpdateAsync(Guid id, Func<DraftRoadmap, DraftRoadmap> edit, int? ownerId, CancellationToken ct)
    {
        var draft = await EditAsync(id, edit, ownerId, ct);
        await db.SaveChangesAsync(ct);
        return await PreviewOfAsync(draft, ct);
    }

    /// <summary>
    /// Applies the last corrections and creates the roadmap. The draft goes in the same transaction as the roadmap
    /// comes: a crash between them cannot leave a draft that would be confirmed twice, and of two parallel
    /// confirmations the second finds the draft gone and changes nothing.
    /// </summary>
    public async Task<int> CommitAsync(Guid id, Func<DraftRoadmap, DraftRoadmap> edit, int? ownerId, CancellationToken ct)
    {
        var draft = await EditAsync(id, edit, ownerId, ct);
        var owner = await WritableOwnerAsync(draft.OwnerOrganizationId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Deadlines are understood once, by the items themselves (RoadmapItem.Understand), not for a preview.
        var roadmap = await imports.CreateAsync(draft.Read().ToImported(understandDeadlines: false), owner, ct);
        db.ImportDrafts.Remove(draft);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return roadmap.Id;
    }

    public async Task CancelAsync(Guid id, CancellationToken ct)
    {
        db.ImportDrafts.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The API's one-step import: read, choose the owner (given or recognised), create.</summary>
    public async Task<(int RoadmapId, ImportedRoadmap Imported)> ImportAsync(Stream content, string fileName, long length, int? year, int? ownerId, CancellationToken ct)
    {
        var imported = Read(content, fileName, length, year, readers, log);
        if (ownerId is null)
        {
            var scope = await user.ScopeAsync(ct);
            ownerId = (await imports.GuessOwnerAsync(imported.Owner, db.Organizations.Writable(scope), ct))?.Id
                ?? throw new DomainException($"Не удалось определить организацию-владельца по тексту «{imported.Owner}»: укажите ownerOrganizationId.", "ownerOrganizationId");
        }
        var owner = await WritableOwnerAsync(ownerId, ct);
        var roadmap = await imports.CreateAsync(imported, owner, ct);
        return (roadmap.Id, imported);
    }

    private async Task<Organization> WritableOwnerAsync(int? ownerId, CancellationToken ct)
    {
        if (ownerId is null)
        {
            throw new DomainException("Выберите организацию, чья это дорожная карта.", "ownerOrganizationId");
        }
        var scope = await user.ScopeAsync(ct);
        return await db.Organizations.AsNoTracking().Writable(scope).FirstOrDefaultAsync(o => o.Id == ownerId, ct)
            ?? throw new DomainException("Организация-владелец не найдена или вы не можете вести её дорожные карты.", "ownerOrganizationId");
    }

    private async Task<DraftPreview> PreviewOfAsync(ImportDraft draft, CancellationToken ct)
    {
        var content = draft.Read();
        var understood = content.ToImported();
        IReadOnlyList<IReadOnlyList<PartyMatch>> parties = [];
        if (draft.OwnerOrganizationId is { } ownerId && await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownerId, ct) is { } owner)
        {
            parties = RoadmapImportService.Resolve(understood, await imports.MatcherForAsync(owner, ct));
        }
        return new DraftPreview(draft, content, understood, parties);
    }

    private async Task<ImportDraft> EditAsync(Guid id, Func<DraftRoadmap, DraftRoadmap> edit, int? ownerId, CancellationToken ct)
    {
        var draft = await FindAsync(id, ct);
        var content = edit(draft.Read());
        Validate(content);
        draft.Save(content);
        draft.ChooseOwner(ownerId);
        return draft;
    }

    private async Task<ImportDraft> FindAsync(Guid id, CancellationToken ct)
    {
        var me = user.RequiredId;
        return await db.ImportDrafts.FirstOrDefaultAsync(d => d.Id == id && d.UserId == me, ct)
            ?? throw new NotFoundException("Черновик импорта не найден: возможно, он уже импортирован, отменён или устарел (черновики хранятся сутки).");
    }

    private static void Validate(DraftRoadmap content)
    {
        if (string.IsNullOrWhiteSpace(content.Title))
        {
            throw new DomainException("Укажите название дорожной карты.", "title");
        }
        if (content.PeriodEnd < content.PeriodStart)
        {
            throw new DomainException("Окончание периода раньше его начала.", "periodEnd");
        }
    }
}
