using System.Security.Cryptography;
using System.Text;

namespace Medk.Data.Accounts;

/// <summary>
/// A personal bearer token for scripts. Only its SHA-256 hash is stored; the token itself is shown
/// once, at creation. The first characters are kept so that the owner can tell tokens apart.
/// </summary>
public class ApiToken
{
    public const int NameMaxLength = 100;
    public const string TokenPrefix = "medk_";

    private ApiToken()
    {
    }

    public ApiToken(Guid userId, string name, string hash, string displayPrefix, DateTimeOffset createdAt, DateTimeOffset? expiresAt)
    {
        UserId = userId;
        Name = name;
        Hash = hash;
        DisplayPrefix = displayPrefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string Hash { get; private set; } = "";
    public string DisplayPrefix { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;

    public static string HashOf(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string Generate() =>
        TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
