using System.Security.Cryptography;
using System.Text;
using Medk.Core.Platform.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// The signed token in every letter's «Отписаться» link: who and which kind, protected with the keys all instances
/// share, so the link works without logging in and cannot be forged for somebody else.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider protection, PublicAddress address)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Medk.Notifications.Unsubscribe.v1");

    public string Link(Guid userId, NotificationKind kind) =>
        address.Absolute("/Notifications/Unsubscribe?t=" + WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes($"{userId:N}|{kind}"))));

    public (Guid UserId, NotificationKind Kind)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('|');
            return parts.Length == 2 && Guid.TryParse(parts[0], out var user) && Enum.TryParse<NotificationKind>(parts[1], out var kind)
                ? (user, kind) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
