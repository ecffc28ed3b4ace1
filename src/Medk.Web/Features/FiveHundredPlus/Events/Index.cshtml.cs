using Medk.Core.FiveHundredPlus.Events;
using Medk.Web.Infrastructure;
using Medk.Web.Features.FiveHundredPlus.Practices;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Events;

public sealed class IndexModel(EventService events) : PageModel
{
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }
    [BindProperty(SupportsGet = true)] public int? OrganizerId { get; set; }
    [BindProperty] public FormInput Input { get; set; } = new();

    public Page<EventRow> Events { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    public IReadOnlyList<Option> Organizers { get; private set; } = [];
    public IReadOnlyList<Option> Candidates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new FormInput { Year = events.Today.Year, Schedule = "еженедельно, пятница, 15.00" };
        await LoadAsync(OrganizerId, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(Input.OrganizerId, ct);
        var ev = await events.CreateAsync(new NewEventInput(Input.Title, Input.Kind, Input.OrganizerId, Input.Year, Input.Schedule, Input.Invited), ct);
        TempData["Message"] = $"Мероприятие запланировано: {ev.Occurrences.Count} дат по расписанию.";
        return Redirect($"/Events/{ev.Id}");
    }

    private async Task LoadAsync(int? organizerId, CancellationToken ct)
    {
        Events = await events.ListAsync(null, PageNumber, null, ct);
        Organizers = await events.OrganizerOptionsAsync(ct);
        var organizer = organizerId is { } id && Organizers.Any(o => o.Id == id) ? id : Organizers.FirstOrDefault()?.Id;
        Input.OrganizerId = organizer ?? 0;
        Candidates = organizer is { } oid ? await events.CandidatesAsync(oid, ct) : [];
    }

    public sealed class FormInput
    {
        public string? Title { get; set; }
        public EventKind Kind { get; set; } = EventKind.Consultation;
        public int OrganizerId { get; set; }
        public int? Year { get; set; }
        public string? Schedule { get; set; }
        public List<int> Invited { get; set; } = [];
    }
}
