using Medk.Core.Platform.Audit;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Data.Audit;

/// <summary>
/// Writes the journal's account events — sign-in, failed sign-in, sign-out, refused access — which change no row of
/// their own. Each is saved by a fresh context of its own scope, so that whatever the request left unsaved in its
/// context (a change refused half-way) is never saved with it.
/// </summary>
public sealed class AuditJournal(IServiceScopeFactory scopes)
{
    /// <summary>The kind of object under which account events are filed (an account: its key is the user's id).</summary>
    public const string AccountKind = "Account";

    public async Task RecordAsync(AuditAction action, AuditContext who, Guid? userId, string? userName, string? detail, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var name = userName;
        if (name is null && userId is { } id)
        {
            name = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        }
        var path = userId is { } known ? await new AuditTerritory(db).PathOfUserAsync(known, ct) : null;
        db.AuditEntries.Add(new AuditEntry(DateTimeOffset.UtcNow, userId, name ?? AuditContext.SystemName, who.Channel, who.Ip,
            AccountKind, userId?.ToString() ?? "", action, null, path, detail));
        await db.SaveChangesAsync(ct);
    }
}
