using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Accounts;

/// <summary>Server-side sessions: started at sign-in, checked on every cookie request, ended at logout or a block.</summary>
public sealed class SessionService(MedkDbContext db, TimeProvider clock)
{
    /// <summary>A session unseen this long is over whatever its cookie says (the cookie itself lives 12 hours, sliding).</summary>
    public static readonly TimeSpan Abandoned = TimeSpan.FromDays(1);

    private static readonly TimeSpan SeenPrecision = TimeSpan.FromHours(1);

    public async Task<Guid> StartAsync(Guid userId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var session = new UserSession(userId, now);
        db.Set<UserSession>().Add(session);
        await db.SaveChangesAsync(ct);
        // Sweep ended and abandoned rows now and then: at sign-in, which is rare compared to requests.
        var stale = now - Abandoned;
        await db.Set<UserSession>().Where(s => s.EndedAt != null || s.LastSeenAt < stale).ExecuteDeleteAsync(ct);
        return session.Id;
    }

    /// <summary>
    /// True when the session is live: not ended, its user's security stamp is still <paramref name="stamp"/> (a password
    /// change or reset changes it) and the user is not blocked. One query per request.
    /// </summary>
    public async Task<bool> IsLiveAsync(Guid sessionId, Guid userId, string? stamp, CancellationToken ct = default)
    {
        var row = await db.Set<UserSession>()
            .Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.LastSeenAt, u.SecurityStamp, u.LockoutEnd })
            .FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        if (row is null || row.SecurityStamp != stamp || row.LockoutEnd > now || now - row.LastSeenAt > Abandoned)
        {
            return false;
        }
        if (now - row.LastSeenAt > SeenPrecision)
        {
            await db.Set<UserSession>().Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), ct);
        }
        return true;
    }

    public Task EndAsync(Guid sessionId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.Set<UserSession>().Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
    }

    /// <summary>Ends every session of the user but <paramref name="except"/> (the one making the change).</summary>
    public Task EndAllAsync(Guid userId, Guid? except = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        return db.Set<UserSession>().Where(s => s.UserId == userId && s.EndedAt == null && s.Id != except)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), ct);
    }
}
