using Medk.Data.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// Notifications: the bell and its list, the e-mail outbox and its delivery worker, password reset by e-mail.
/// Other capabilities only call <see cref="Notifier"/> before their own save (decision 016).
/// </summary>
public static class NotificationsSlice
{
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<MailSettings>().BindConfiguration("Mail");
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<DeliveryInstance>();
        services.AddScoped<Notifier>();
        services.AddScoped<Recipients>();
        services.AddScoped<NotificationService>();
        services.AddScoped<SettingsService>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<ReminderJob>();
        services.AddScoped<DigestJob>();
        services.AddScoped<CalendarFeed>();
        services.AddHostedService<ReminderWorker>();
        services.AddScoped<MailDelivery>();
        services.AddHostedService<MailDeliveryWorker>();
        services.AddScoped<PasswordReset>();
        // Reset tokens: Identity's data-protection provider (keys shared by all instances), short-lived.
        new IdentityBuilder(typeof(MedkUser), services).AddDefaultTokenProviders();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordReset.Lifetime);
        return services;
    }
}
