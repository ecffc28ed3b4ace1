using Medk.Core.Platform.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Notifications;

public sealed class SettingsModel(SettingsService settings, CalendarFeed calendar) : PageModel
{
    public SettingsView Settings { get; private set; } = null!;

    public string? CalendarUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Settings = await settings.GetAsync(ct);
        CalendarUrl = await calendar.MyUrlAsync(ct);
    }

    public async Task<IActionResult> OnPostCalendarAsync(bool revoke, CancellationToken ct)
    {
        if (revoke)
        {
            await calendar.RevokeAsync(ct);
            TempData["Message"] = "Адрес календаря отозван.";
        }
        else
        {
            await calendar.RenewAsync(ct);
            TempData["Message"] = "Новый адрес календаря создан; прежний больше не работает.";
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync(List<NotificationKind> email, List<int> reminderDays, string? timeZone, CancellationToken ct)
    {
        var off = Enum.GetValues<NotificationKind>().Where(k => !email.Contains(k)).ToList();
        await settings.SaveAsync(new SettingsInput(off, reminderDays, timeZone), ct);
        TempData["Message"] = "Настройки уведомлений сохранены.";
        return RedirectToPage();
    }
}
