using System.Threading.RateLimiting;
using Medk.Data.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Medk.Web.Infrastructure;

/// <summary>
/// Guessing one account's password is limited per account, across all addresses (decision 024). So that nobody can
/// keep a person out by spending that limit, a browser where the person has signed in before carries a "known device"
/// cookie and is limited only per address. Wrong passwords never lock an account.
/// </summary>
public sealed class LoginThrottle(LoginLimits limits, IDataProtectionProvider protection, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> hashing) : IDisposable
{
    private readonly PasswordHasher<MedkUser> _hasher = new(hashing);

    private const string DeviceCookie = "medk.device";
    private const int DevicesRemembered = 5;

    private readonly PartitionedRateLimiter<string> _accounts = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limits.PerAccountPer15Minutes,
            Window = TimeSpan.FromMinutes(15),
            SegmentsPerWindow = 5,
            QueueLimit = 0,
        }));

    private readonly IDataProtector _devices = protection.CreateProtector("Medk.KnownDevice");

    private string? _dummyHash;

    /// <summary>
    /// False when the account (the typed e-mail, known or not, so the answer reveals nothing) has had too many
    /// attempts lately; a known device of <paramref name="user"/> is not counted here.
    /// </summary>
    public bool TryAttempt(HttpContext http, string email, MedkUser? user)
    {
        if (user is not null && KnownUsers(http).Contains(user.Id))
        {
            return true;
        }
        using var lease = _accounts.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    /// <summary>The same work as checking a real password, for an e-mail no account has: the time does not tell.</summary>
    public void VerifyDummy(string password) =>
        _hasher.VerifyHashedPassword(new MedkUser(), _dummyHash ??= _hasher.HashPassword(new MedkUser(), Guid.NewGuid().ToString()), password);

    public void RememberDevice(HttpContext http, Guid userId)
    {
        var users = KnownUsers(http).Where(id => id != userId).Prepend(userId).Take(DevicesRemembered);
        http.Response.Cookies.Append(DeviceCookie, _devices.Protect(string.Join(',', users)), new CookieOptions
        {
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            Path = "/Account",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
    }

    private List<Guid> KnownUsers(HttpContext http)
    {
        if (http.Request.Cookies[DeviceCookie] is not { Length: > 0 } value)
        {
            return [];
        }
        try
        {
            return _devices.Unprotect(value).Split(',').Select(s => Guid.TryParse(s, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }

    public void Dispose() => _accounts.Dispose();
}
