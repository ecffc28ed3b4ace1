using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Events;

public sealed class DetailsModel(EventService events) : PageModel
{
    public EventView Event { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Event = await events.GetAsync(id, ct);

    /// <summary>One occurrence's row of the grid: every invited organization is marked, ticked present, the rest absent.</summary>
    public async Task<IActionResult> OnPostAsync(int id, string date, int[] present, CancellationToken ct)
    {
        Event = await events.GetAsync(id, ct);
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var marks = Event.Invited.Select(i => new AttendanceInput(day, i.OrganizationId, present.Contains(i.OrganizationId))).ToList();
        await events.RecordAsync(id, marks, ct);
        TempData["Message"] = $"Посещаемость за {day:dd.MM.yyyy} записана.";
        return Redirect($"/Events/{id}#d{day:yyyyMMdd}");
    }

    public bool? Mark(DateOnly date, int organizationId) =>
        Event.Attendance.FirstOrDefault(a => a.Date == date && a.OrganizationId == organizationId)?.Present;
}
