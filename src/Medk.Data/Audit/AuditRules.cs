using Medk.Core.Platform.Audit;
using Medk.Core.Platform.Notifications;
using Medk.Data.Accounts;
using Medk.Data.Files;
using Medk.Data.Import;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Medk.Data.Audit;

/// <summary>
/// What the journal records and what it leaves out, in one place (decision 026). Every entity is journaled except the
/// journal itself and rows that are machinery rather than anybody's change: the e-mail outbox and its leases,
/// notifications and their read marks, the once-only markers of reminders and digests, the import drafts between upload
/// and confirmation, data-protection keys, server-side session rows, and the bytes of stored files (their description is journaled).
/// </summary>
public static class AuditRules
{
    private static readonly HashSet<Type> Unjournaled =
    [
        typeof(AuditEntry),
        typeof(OutgoingMail),
        typeof(Notification),
        typeof(ReminderSent),
        typeof(DigestSent),
        typeof(ImportDraft),
        typeof(StoredFileContent),
        typeof(DataProtectionKey),
        typeof(IdentityUserToken<Guid>),
        typeof(UserSession), // server-side sessions (decision 024): signing in and out are journaled as events
    ];

    /// <summary>
    /// Properties never journaled: Identity's stamps and failure counter change on every sign-in (the sign-in itself is
    /// an event of its own), versions are concurrency machinery, folded search columns repeat other columns, and a
    /// token's last use is written by every script call.
    /// </summary>
    private static readonly HashSet<string> Noise =
    [
        nameof(MedkUser.ConcurrencyStamp),
        nameof(MedkUser.SecurityStamp),
        nameof(MedkUser.AccessFailedCount),
        nameof(MedkUser.NormalizedEmail),
        nameof(MedkUser.NormalizedUserName),
        "Version",
        "SearchText",
        nameof(ApiToken.LastUsedAt),
    ];

    /// <summary>Secrets: the journal says that they changed, never what they are.</summary>
    private static readonly HashSet<string> Secret =
    [
        nameof(MedkUser.PasswordHash),
        nameof(ApiToken.Hash),
        nameof(NotificationSettings.CalendarToken),
    ];

    /// <summary>What a secret's value is shown as.</summary>
    public const string Masked = "***";

    public static bool Journals(Type entityType) => !Unjournaled.Contains(entityType);

    public static bool Journals(IProperty property) =>
        !Noise.Contains(property.Name) && property.ClrType != typeof(byte[]);

    public static bool IsSecret(IProperty property) => Secret.Contains(property.Name);
}
