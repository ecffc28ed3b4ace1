using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Import;
using Medk.Data.Persistence;
using Medk.Documents;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Planning.Imports;

public sealed record OwnerOption(int Id, string Name, OrganizationLevel Level);

/// <summary>An import draft with what the preview shows beside the text: understood deadlines and resolved parties.</summary>
public sealed record DraftPreview(ImportDraft Draft, DraftRoadmap Content, ImportedRoadmap Understood, IReadOnlyList<IReadOnlyList<PartyMatch>> Parties, ImportTargetView Target);

/// <summary>The API's preview of a document: the owner recognised or given, where it would go and what it would change.</summary>
public sealed record ImportPreviewView(int? OwnerOrganizationId, string Title, int ItemCount, ImportTargetView Target, IReadOnlyList<ImportWarning> Warnings);

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
    public async Task<DraftPreview> UpdateAsync(Guid id, Func<DraftRoadmap, DraftRoadmap> edit, int? ownerId, ImportChoice choice, CancellationToken ct)
    {
        var draft = await EditAsync(id, edit, ownerId, choice, ct);
        await db.SaveChangesAsync(ct);
        return await PreviewOfAsync(draft, ct);
    }

    /// <summary>
    /// Applies the last corrections and creates the roadmap, or corrects the target roadmap with the document (decision 020).
    /// The draft goes in the same transaction as the roadmap comes or changes: a crash between them cannot leave a draft
    /// that would be confirmed twice, and of two parallel confirmations the second finds the draft gone and changes nothing.
    /// </summary>
    public async Task<ImportOutcome> CommitAsync(Guid id, Func<DraftRoadmap, DraftRoadmap> edit, int? ownerId, ImportChoice choice, CancellationToken ct)
    {
        var draft = await EditAsync(id, edit, ownerId, choice, ct);
        var content = draft.Read();
        var target = await TargetOfAsync(draft.OwnerOrganizationId, content.ApprovalNumber, content.ApprovalDate,
            draft.CreatesNew ? ImportMode.New : draft.TargetRoadmapId is null ? ImportMode.Auto : ImportMode.Update, draft.TargetRoadmapId, ct);
        // Deadlines are understood once, by the items themselves (RoadmapItem.Understand), not for a preview.
        var imported = content.ToImported(understandDeadlines: false);
        if (target is not null)
        {
            var roadmap = await EditableAsync(target.Id, ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var correction = await imports.UpdateAsync(roadmap, roadmap.Owner!, imported, DocumentName(imported, draft.FileName), user.RequiredId, await user.FullNameAsync(ct), ct);
            db.ImportDrafts.Remove(draft);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return new ImportOutcome(roadmap.Id, true, correction.RevisionNumber, correction.Lines);
        }
        var owner = await WritableOwnerAsync(draft.OwnerOrganizationId, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await imports.CreateAsync(imported, owner, ct);
        db.ImportDrafts.Remove(draft);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportOutcome(created.Id, false, null, []);
    }

    public async Task CancelAsync(Guid id, CancellationToken ct)
    {
        db.ImportDrafts.Remove(await FindAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The API's one-step import: read, choose the owner (given or recognised), then create — or, when the owner already
    /// has the roadmap of this order (or a target is given), correct it (decision 020).
    /// </summary>
    public async Task<(ImportOutcome Outcome, ImportedRoadmap Imported)> ImportAsync(Stream content, string fileName, long length, int? year, int? ownerId,
        ImportChoice choice, CancellationToken ct)
    {
        var imported = Read(content, fileName, length, year, readers, log);
        ownerId ??= choice.TargetRoadmapId is null ? await RecogniseOwnerAsync(imported, ct) : null;
        var target = await TargetOfAsync(ownerId, imported.Approval?.Number, imported.Approval?.Date, choice.Mode, choice.TargetRoadmapId, ct);
        if (target is not null)
        {
            var roadmap = await EditableAsync(target.Id, ct);
            var correction = await imports.UpdateAsync(roadmap, roadmap.Owner!, imported, DocumentName(imported, fileName), user.RequiredId, await user.FullNameAsync(ct), ct);
            return (new ImportOutcome(roadmap.Id, true, correction.RevisionNumber, correction.Lines), imported);
        }
        var owner = await WritableOwnerAsync(ownerId, ct);
        var created = await imports.CreateAsync(imported, owner, ct);
        return (new ImportOutcome(created.Id, false, null, []), imported);
    }

    /// <summary>The API's preview: where the document would go and what it would change there; nothing is saved.</summary>
    public async Task<ImportPreviewView> PreviewDocumentAsync(Stream content, string fileName, long length, int? year, int? ownerId, ImportChoice choice, CancellationToken ct)
    {
        var imported = Read(content, fileName, length, year, readers, log);
        if (ownerId is null && choice.TargetRoadmapId is null)
        {
            var scope = await user.ScopeAsync(ct);
            ownerId = (await imports.GuessOwnerAsync(imported.Owner, db.Organizations.Writable(scope), ct))?.Id;
        }
        var target = await TargetViewAsync(ownerId, imported, choice.Mode, choice.TargetRoadmapId, ct);
        return new ImportPreviewView(ownerId, imported.Title, imported.Items.Count(i => !i.IsSection), target, imported.Warnings);
    }

    /// <summary>
    /// Roadmaps the person may update with a document, those of <paramref name="ownerId"/> first: what the preview's
    /// «обновить другую» offers. Completed roadmaps are closed and not offered.
    /// </summary>
    public async Task<IReadOnlyList<RoadmapChoice>> EditableRoadmapsAsync(int? ownerId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var writable = db.Organizations.Writable(scope).Select(o => o.Id);
        var rows = await db.Roadmaps.AsNoTracking().Where(r => writable.Contains(r.OwnerOrganizationId) && r.Status != RoadmapStatus.Completed)
            .OrderByDescending(r => r.OwnerOrganizationId == ownerId).ThenByDescending(r => r.PeriodStart).ThenBy(r => r.Title)
            .Take(500)
            .Select(r => new { r.Id, r.Title, r.OwnerOrganizationId, Owner = r.Owner!.ShortName, r.Approval, r.Status, r.PeriodStart })
            .ToListAsync(ct);
        return rows.Select(r => new RoadmapChoice(r.Id, r.Title, r.OwnerOrganizationId, r.Owner, r.Approval?.ToString(), r.Status, r.PeriodStart.Year, false)).ToList();
    }

    private async Task<int> RecogniseOwnerAsync(ImportedRoadmap imported, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        return (await imports.GuessOwnerAsync(imported.Owner, db.Organizations.Writable(scope), ct))?.Id
            ?? throw new DomainException($"Не удалось определить организацию-владельца по тексту «{imported.Owner}»: укажите ownerOrganizationId.", "ownerOrganizationId");
    }

    /// <summary>
    /// The roadmap a document goes to: none for a new one; the chosen one (404 when unseen); or, by default, the latest of
    /// the owner's roadmaps approved by the same order — never silently a duplicate.
    /// </summary>
    private async Task<RoadmapChoice?> TargetOfAsync(int? ownerId, string? approvalNumber, DateOnly? approvalDate, ImportMode mode, int? targetId, CancellationToken ct)
    {
        if (mode == ImportMode.New)
        {
            return null;
        }
        if (targetId is { } id)
        {
            return await ChoiceAsync(id, ct);
        }
        var same = await SameOrderAsync(ownerId, approvalNumber, approvalDate, ct);
        if (same.Count == 0 && mode == ImportMode.Update)
        {
            throw new DomainException("Дорожная карта этого приказа у организации не найдена: укажите, какую обновить (targetRoadmapId), или создайте новую (mode=new).", "targetRoadmapId");
        }
        return same.FirstOrDefault();
    }

    private async Task<ImportTargetView> TargetViewAsync(int? ownerId, ImportedRoadmap imported, ImportMode mode, int? targetId, CancellationToken ct)
    {
        var same = await SameOrderAsync(ownerId, imported.Approval?.Number, imported.Approval?.Date, ct);
        var target = mode == ImportMode.New ? null : targetId is { } id ? await ChoiceAsync(id, ct) : same.FirstOrDefault();
        if (target is null)
        {
            return new ImportTargetView("new", null, same, null);
        }
        var roadmap = await db.Roadmaps.AsNoTracking().FirstAsync(r => r.Id == target.Id, ct);
        var plan = await imports.PlanAsync(roadmap, imported, tracking: false, ct);
        return new ImportTargetView("update", target with { SameOrder = same.Any(s => s.Id == target.Id) }, same, ImportChangesView.Of(plan));
    }

    /// <summary>A roadmap chosen as the target: 404 when the person does not see it, 403 when they may not edit it.</summary>
    private async Task<RoadmapChoice> ChoiceAsync(int roadmapId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var r = await db.Roadmaps.AsNoTracking().Include(r => r.Owner).Visible(db, scope)
            .FindVisibleAsync(r => r.Id == roadmapId, "Дорожная карта, которую нужно обновить, не найдена или недоступна.", ct);
        scope.Require(Policies.EditRoadmap, r.Owner!.Path);
        return new RoadmapChoice(r.Id, r.Title, r.OwnerOrganizationId, r.Owner!.ShortName, r.Approval?.ToString(), r.Status, r.Year, false);
    }

    /// <summary>The owner's roadmaps approved by the same order (number, and date where both know it), newest first.</summary>
    private async Task<IReadOnlyList<RoadmapChoice>> SameOrderAsync(int? ownerId, string? approvalNumber, DateOnly? approvalDate, CancellationToken ct)
    {
        var key = OrderKey(approvalNumber);
        if (ownerId is null || key is null)
        {
            return [];
        }
        var scope = await user.ScopeAsync(ct);
        var rows = await db.Roadmaps.AsNoTracking().Visible(db, scope).Where(r => r.OwnerOrganizationId == ownerId)
            .OrderByDescending(r => r.Id).Take(500)
            .Select(r => new { r.Id, r.Title, r.OwnerOrganizationId, Owner = r.Owner!.ShortName, r.Approval, r.Status, r.PeriodStart })
            .ToListAsync(ct);
        return rows.Where(r => r.Approval is { } a && OrderKey(a.Number) == key && (approvalDate is null || a.Date is null || a.Date == approvalDate))
            .Select(r => new RoadmapChoice(r.Id, r.Title, r.OwnerOrganizationId, r.Owner, r.Approval?.ToString(), r.Status, r.PeriodStart.Year, true))
            .ToList();
    }

    /// <summary>«№ 102-1», «102-1» and «102 - 1» are one order number.</summary>
    private static string? OrderKey(string? number)
    {
        var key = new string(SearchText.Fold(number ?? "").Where(char.IsLetterOrDigit).ToArray());
        return key.Length == 0 ? null : key;
    }

    /// <summary>The roadmap to correct, tracked: 404 when the person does not see it, 403 when they may not edit it.</summary>
    private async Task<Roadmap> EditableAsync(int roadmapId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var roadmap = await db.Roadmaps.Include(r => r.Owner).Visible(db, scope)
            .FindVisibleAsync(r => r.Id == roadmapId, "Дорожная карта, которую нужно обновить, не найдена или недоступна.", ct);
        scope.Require(Policies.EditRoadmap, roadmap.Owner!.Path);
        return roadmap;
    }

    private static string DocumentName(ImportedRoadmap imported, string fileName) =>
        imported.Approval is { } a ? new ApprovalDocument(a.Kind, a.Number, a.Date, a.Signatory).ToString() : Path.GetFileName(fileName);

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
        var target = await TargetViewAsync(draft.OwnerOrganizationId, understood,
            draft.CreatesNew ? ImportMode.New : draft.TargetRoadmapId is null ? ImportMode.Auto : ImportMode.Update, draft.TargetRoadmapId, ct);
        return new DraftPreview(draft, content, understood, parties, target);
    }

    private async Task<ImportDraft> EditAsync(Guid id, Func<DraftRoadmap, DraftRoadmap> edit, int? ownerId, ImportChoice choice, CancellationToken ct)
    {
        var draft = await FindAsync(id, ct);
        var content = edit(draft.Read());
        Validate(content);
        draft.Save(content);
        draft.ChooseOwner(ownerId);
        draft.ChooseTarget(choice.Mode == ImportMode.New, choice.Mode == ImportMode.New ? null : choice.TargetRoadmapId);
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
