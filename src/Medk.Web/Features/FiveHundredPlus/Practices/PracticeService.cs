using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.FiveHundredPlus.Practices;
using Medk.Data.Persistence;
using Medk.Web.Features.Monitoring.Reports;
using Medk.Web.Features.Platform.Files;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Practices;

public sealed record PracticeRow(int Id, string Title, string? Topic, string? FactorName, string OrganizationName, string AuthorName,
    PracticeStatus Status, DateTimeOffset CreatedAt);

public sealed record PracticeView(int Id, string Title, string Description, string? Topic, int? FactorId, string? FactorName,
    int OrganizationId, string OrganizationName, string AuthorName, PracticeStatus Status, DateTimeOffset CreatedAt,
    string? ModeratedBy, DateTimeOffset? ModeratedAt, string? ModerationComment, bool CanModerate, IReadOnlyList<StoredFileView> Files);

public sealed record NewPractice(string? Title, string? Description, string? Topic, int? FactorId, int? OrganizationId, IReadOnlyList<NewEvidence> Files);

public sealed record Option(int Id, string Name);

public sealed record RejectInput(string? Comment);

/// <summary>
/// The bank of best practices: offered by school teams, curators and coordinators from an organization of
/// theirs, moderated by a coordinator of that organization's territory, then found by everyone in the
/// country by text, topic and risk factor. Unpublished practices are seen only by the author and the moderators.
/// </summary>
public sealed class PracticeService(MedkDbContext db, CurrentUser user, TimeProvider clock, FileService files, Notifier notifications)
{
    /// <summary>Published practices, newest first. A factor matches by name, since every cycle has its own list of factors.</summary>
    public async Task<Page<PracticeRow>> SearchAsync(string? search, string? topic, int? factorId, int? page, int? pageSize, CancellationToken ct)
    {
        var query = db.Set<Practice>().AsNoTracking().Where(p => p.Status == PracticeStatus.Published);
        foreach (var word in SearchText.Fold(search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(8))
        {
            query = query.Where(p => p.SearchText.Contains(word));
        }
        if (!string.IsNullOrWhiteSpace(topic))
        {
            var key = SearchText.Fold(topic);
            query = query.Where(p => p.TopicKey == key);
        }
        if (factorId is { } fid)
        {
            var name = await db.Set<RiskFactor>().Where(f => f.Id == fid).Select(f => f.Name).FirstOrDefaultAsync(ct);
            query = name is null ? query.Where(p => false) : query.Where(p => p.RiskFactorName == name);
        }
        return await Rows(query.OrderByDescending(p => p.ModeratedAt).ThenByDescending(p => p.Id)).ToPageAsync(page, pageSize, ct);
    }

    /// <summary>The user's own practices in every status, so an author sees what waits or was turned down.</summary>
    public async Task<IReadOnlyList<PracticeRow>> MineAsync(CancellationToken ct)
    {
        var me = user.RequiredId;
        return await Rows(db.Set<Practice>().AsNoTracking().Where(p => p.AuthorId == me).OrderByDescending(p => p.Id)).Take(100).ToListAsync(ct);
    }

    /// <summary>Practices waiting for the user's decision: offered inside a territory they manage, by someone else.</summary>
    public async Task<Page<PracticeRow>> ModerationAsync(int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var me = user.RequiredId;
        var organizations = db.Organizations.Manageable(scope);
        var ids = organizations.Select(o => o.Id);
        return await Rows(db.Set<Practice>().AsNoTracking()
                .Where(p => p.Status == PracticeStatus.Pending && p.AuthorId != me && ids.Contains(p.OrganizationId))
                .OrderBy(p => p.CreatedAt))
            .ToPageAsync(page, pageSize, ct);
    }

    public async Task<PracticeView> GetAsync(int id, CancellationToken ct)
    {
        var (practice, organization, scope) = await FindAsync(id, tracking: false, ct);
        return new PracticeView(practice.Id, practice.Title, practice.Description, practice.Topic, practice.RiskFactorId, practice.RiskFactorName,
            organization.Id, organization.ShortName, practice.AuthorName, practice.Status, practice.CreatedAt,
            practice.ModeratedByName, practice.ModeratedAt, practice.ModerationComment,
            practice.Status == PracticeStatus.Pending && practice.AuthorId != user.RequiredId && Policies.ModeratePractice(scope, organization.Path).IsAllowed,
            practice.Files.OrderBy(f => f.Id).Select(f => new StoredFileView(f.Id, f.FileName, f.Kind.ToString(), f.Size)).ToList());
    }

    public async Task<PracticeView> SubmitAsync(NewPractice input, CancellationToken ct)
    {
        (await user.ScopeAsync(ct)).Require(Policies.AuthorPractice);
        var origins = await OriginsAsync(ct);
        var origin = input.OrganizationId is { } oid
            ? origins.FirstOrDefault(o => o.Id == oid) ?? throw new DomainException("Предложить практику можно только от своей организации.", "organizationId")
            : origins[0];
        string? factorName = null;
        if (input.FactorId is { } fid)
        {
            factorName = await db.Set<RiskFactor>().Where(f => f.Id == fid).Select(f => f.Name).FirstOrDefaultAsync(ct)
                ?? throw new DomainException("Фактор риска не найден.", "factorId");
        }
        var checkedFiles = CheckedFile.CheckAll(input.Files); // every file checked before anything is saved
        var now = clock.GetUtcNow();
        var practice = new Practice(origin.Id, user.RequiredId, await user.FullNameAsync(ct), input.Title, input.Description, input.Topic, input.FactorId, factorName, now);
        foreach (var file in await files.KeepAsync(checkedFiles, ct))
        {
            practice.Attach(file);
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(practice);
            await db.SaveChangesAsync(ct);
            await notifications.PracticeOfferedAsync(practice, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return await GetAsync(practice.Id, ct);
    }

    public async Task<PracticeView> PublishAsync(int id, CancellationToken ct)
    {
        var (practice, _, _) = await FindModeratedAsync(id, ct);
        practice.Publish(user.RequiredId, await user.FullNameAsync(ct), clock.GetUtcNow());
        await notifications.PracticeDecidedAsync(practice, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<PracticeView> RejectAsync(int id, string? comment, CancellationToken ct)
    {
        var (practice, _, _) = await FindModeratedAsync(id, ct);
        practice.Reject(user.RequiredId, await user.FullNameAsync(ct), comment, clock.GetUtcNow());
        await notifications.PracticeDecidedAsync(practice, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>404 unless the user may see the practice: who may download its files.</summary>
    public async Task EnsurePracticeVisibleAsync(int id, CancellationToken ct) => await FindAsync(id, tracking: false, ct);

    /// <summary>Organizations the user may offer a practice from: where they hold an authoring role.</summary>
    public async Task<IReadOnlyList<Option>> OriginsAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var ids = Policies.PracticeOrigins(scope).ToArray();
        var names = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        return ids.Where(names.ContainsKey).Select(i => new Option(i, names[i])).ToList();
    }

    /// <summary>Risk factors by name (one entry per name across cycles), for the search filter and the form.</summary>
    public async Task<IReadOnlyList<Option>> FactorsAsync(CancellationToken ct) =>
        (await db.Set<RiskFactor>().AsNoTracking().GroupBy(f => f.Name).Select(g => new { Id = g.Min(f => f.Id), Name = g.Key })
            .OrderBy(o => o.Name).Take(500).ToListAsync(ct)).Select(o => new Option(o.Id, o.Name)).ToList();

    /// <summary>Topic suggestions: the usual ones and those already used in the bank.</summary>
    public async Task<IReadOnlyList<string>> TopicsAsync(CancellationToken ct)
    {
        var used = await db.Set<Practice>().AsNoTracking().Where(p => p.Status == PracticeStatus.Published && p.Topic != null)
            .Select(p => p.Topic!).Distinct().Take(200).ToListAsync(ct);
        return PracticeGlossary.SuggestedTopics.Concat(used).DistinctBy(SearchText.Fold).Order(StringComparer.CurrentCulture).ToList();
    }

    private IQueryable<PracticeRow> Rows(IQueryable<Practice> query) =>
        query.Join(db.Organizations, p => p.OrganizationId, o => o.Id, (p, o) =>
            new PracticeRow(p.Id, p.Title, p.Topic, p.RiskFactorName, o.ShortName, p.AuthorName, p.Status, p.CreatedAt));

    private async Task<(Practice Practice, Core.Platform.Organizations.Organization Organization, AccessScope Scope)> FindModeratedAsync(int id, CancellationToken ct)
    {
        var found = await FindAsync(id, tracking: true, ct);
        found.Scope.Require(Policies.ModeratePractice, found.Organization.Path);
        return found;
    }

    private async Task<(Practice Practice, Core.Platform.Organizations.Organization Organization, AccessScope Scope)> FindAsync(int id, bool tracking, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var practices = db.Set<Practice>().Include(p => p.Files);
        var practice = await (tracking ? practices : practices.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("Практика не найдена.");
        var organization = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == practice.OrganizationId, ct);
        var visible = practice.Status == PracticeStatus.Published || practice.AuthorId == user.Id || Policies.ModeratePractice(scope, organization.Path).IsAllowed;
        return visible ? (practice, organization, scope) : throw new NotFoundException("Практика не найдена.");
    }

}
