using Medk.Core.Platform.Notifications;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Notifications;

public sealed record KindSetting(NotificationKind Kind, string Name, bool Email);

public sealed record SettingsView(IReadOnlyList<KindSetting> Kinds, IReadOnlyList<int> ReminderDays, string TimeZone, bool MailConfigured);

public sealed record SettingsInput(IReadOnlyList<NotificationKind>? MailOff, IReadOnlyList<int>? ReminderDays, string? TimeZone);

/// <summary>A person's notification settings, and unsubscribing by a letter's link.</summary>
public sealed class SettingsService(MedkDbContext db, CurrentUser user, UnsubscribeTokens tokens, Microsoft.Extensions.Options.IOptions<MailSettings> mail)
{
    public async Task<SettingsView> GetAsync(CancellationToken ct)
    {
        var settings = await db.Set<NotificationSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.UserId == user.RequiredId, ct)
            ?? new NotificationSettings(user.RequiredId);
        return View(settings);
    }

    public async Task<SettingsView> SaveAsync(SettingsInput input, CancellationToken ct)
    {
        var settings = await LoadOrAddAsync(user.RequiredId, ct);
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            settings.SetMail(kind, input.MailOff?.Contains(kind) != true);
        }
        settings.SetReminderDays(input.ReminderDays ?? NotificationSettings.DefaultReminderDays);
        settings.SetTimeZone(input.TimeZone);
        await db.SaveChangesAsync(ct);
        return View(settings);
    }

    /// <summary>Switches off one kind's letters for whoever the token names; null when the token is not valid.</summary>
    public async Task<NotificationKind?> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        if (tokens.Read(token) is not { } who || !await db.Users.AnyAsync(u => u.Id == who.UserId, ct))
        {
            return null;
        }
        var settings = await LoadOrAddAsync(who.UserId, ct);
        settings.SetMail(who.Kind, on: false);
        await db.SaveChangesAsync(ct);
        return who.Kind;
    }

    public (Guid UserId, NotificationKind Kind)? Read(string? token) => tokens.Read(token);

    private async Task<NotificationSettings> LoadOrAddAsync(Guid userId, CancellationToken ct)
    {
        var settings = await db.Set<NotificationSettings>().FirstOrDefaultAsync(s => s.UserId == userId, ct);
        if (settings is null)
        {
            settings = new NotificationSettings(userId);
            db.Add(settings);
        }
        return settings;
    }

    private SettingsView View(NotificationSettings s) => new(
        Enum.GetValues<NotificationKind>().Select(k => new KindSetting(k, NotificationGlossary.Kind(k), s.Mails(k))).ToList(),
        s.ReminderDays, s.TimeZone ?? NotificationSettings.DefaultTimeZone, mail.Value.IsConfigured);
}
