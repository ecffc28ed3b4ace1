using Medk.Core.Common;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Accounts;

/// <summary>Creates, lists, revokes and checks personal API tokens.</summary>
public sealed class ApiTokenService(MedkDbContext db, TimeProvider clock)
{
    public const int MaxActivePerUser = 20;

    public sealed record Created(ApiToken Token, string Secret);

    public async Task<Created> CreateAsync(Guid userId, string name, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        name = name.Trim();
        if (name.Length is 0 or > ApiToken.NameMaxLength)
        {
            throw new DomainException($"Назовите токен (до {ApiToken.NameMaxLength} символов), чтобы потом отличить его от других.");
        }
        var now = clock.GetUtcNow();
        if (expiresAt is { } e && e <= now)
        {
            throw new DomainException("Срок действия токена уже истёк: выберите дату в будущем.");
        }
        // Count and insert under a lock on the owner's row, so parallel requests cannot each see 19 and all add one
        // (issue 11: 25 parallel requests made 25 tokens). Writing the row takes a row lock on PostgreSQL and the
        // database's write lock on SQLite; the second request waits until the first commits, then counts again.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.ConcurrencyStamp, x => x.ConcurrencyStamp), ct);
        var active = await db.ApiTokens.CountAsync(t => t.UserId == userId && t.RevokedAt == null, ct);
        if (active >= MaxActivePerUser)
        {
            throw new DomainException($"У вас уже {MaxActivePerUser} действующих токенов: отзовите ненужные.");
        }
        var secret = ApiToken.Generate();
        var token = new ApiToken(userId, name, ApiToken.HashOf(secret), secret[..12], now, expiresAt);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new Created(token, secret);
    }

    public Task<List<ApiToken>> ListAsync(Guid userId, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(ct);

    /// <summary>Revokes a token of its owner. False when the owner has no such token.</summary>
    public async Task<bool> RevokeAsync(Guid userId, int tokenId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null)
        {
            return false;
        }
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Revokes every active token of a user (a block, a password reset, or the owner's wish); the count revoked.</summary>
    public async Task<int> RevokeAllAsync(Guid userId, CancellationToken ct = default)
    {
        // Loaded and saved (not a bulk update) so that the audit journal records each revocation.
        var now = clock.GetUtcNow();
        var active = await db.ApiTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(ct);
        active.ForEach(t => t.Revoke(now));
        await db.SaveChangesAsync(ct);
        return active.Count;
    }

    /// <summary>The user a bearer token belongs to, or null when it is unknown, revoked or expired.</summary>
    public async Task<Guid?> AuthenticateAsync(string secret, CancellationToken ct = default)
    {
        if (!secret.StartsWith(ApiToken.TokenPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return null;
        }
        var hash = ApiToken.HashOf(secret);
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Hash == hash, ct);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActive(now))
        {
            return null;
        }
        // Written at most once a minute, so that a busy script does not turn every read into a write.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            token.MarkUsed(now);
            await db.SaveChangesAsync(ct);
        }
        return token.UserId;
    }
}
