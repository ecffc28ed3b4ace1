using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Users;

public sealed class DetailsModel(UserService users, MedkDbContext db, CurrentUser current) : PageModel
{
    public new UserView User { get; private set; } = null!;

    /// <summary>Schools of the viewer's territory that a coordinator may give this curator.</summary>
    public IReadOnlyList<(int Id, string Name)> Schools { get; private set; } = [];

    public bool CanAssignSchools => Schools.Count > 0;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAssignSchoolAsync(Guid id, int schoolId, string? contractNumber, DateOnly? contractDate, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        await users.AssignSchoolAsync(id, new SchoolInput(schoolId, contractNumber, contractDate), ct);
        TempData["Message"] = "Школа закреплена за куратором.";
        return Redirect($"/Users/Details/{id}");
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        User = await users.GetAsync(id, ct);
        if (User.Roles.All(r => r.Role != RoleRules.CuratorRole))
        {
            return;
        }
        var scope = await current.ScopeAsync(ct);
        if (!Policies.AppointsPeople(scope))
        {
            return;
        }
        var taken = User.Schools.Select(s => s.SchoolId).ToArray();
        var rows = await db.Organizations.AsNoTracking().Readable(scope)
            .Where(o => o.Kind == OrganizationKind.School && !taken.Contains(o.Id))
            .OrderBy(o => o.ShortName).Take(1000).Select(o => new { o.Id, o.ShortName }).ToListAsync(ct);
        Schools = rows.Select(r => (r.Id, r.ShortName)).ToList();
    }
}
