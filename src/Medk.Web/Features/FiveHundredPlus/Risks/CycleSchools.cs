using Medk.Web.Features.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Documents;
using Medk.Documents.Tables;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Risks;

/// <summary>A participating school as the risk and survey features show and check it.</summary>
public sealed record CycleSchool(int Id, string Name, string FullName, string[] Aliases, string? Code, string Path, int MunicipalityId, string MunicipalityName);

/// <summary>A cycle seen by the current user: the cycle, its region, the scope and the participating schools of the user's territory.</summary>
public sealed record CycleContext(Cycle Cycle, Organization Region, AccessScope Scope, IReadOnlyList<CycleSchool> Schools)
{
    public CycleSchool? School(int schoolId) => Schools.FirstOrDefault(s => s.Id == schoolId);

    /// <summary>A school outside the territory is answered like a missing one (decision 003).</summary>
    public CycleSchool RequireSchool(int schoolId) => School(schoolId) ?? throw new NotFoundException("Школа не участвует в цикле или недоступна.");
}

/// <summary>The result of an all-or-nothing import: counts, or the errors of every bad row (keyed «row N»).</summary>
public sealed record ImportOutcome(int Schools, int Entries, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

public static class CycleSchools
{
    /// <summary>Loads the cycle, 404 unless its region is visible, with the participants the user reads.</summary>
    public static async Task<CycleContext> LoadAsync(MedkDbContext db, CurrentUser user, int cycleId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var (cycle, region) = await db.Set<Cycle>().AsNoTracking().Include(c => c.Participants).Include(c => c.Factors).AsSplitQuery()
            .FindVisibleAsync(db, scope, cycleId, ct);
        var ids = cycle.Participants.Select(p => p.SchoolId).ToArray();
        var schools = await db.Organizations.AsNoTracking().Readable(scope).Where(o => ids.Contains(o.Id))
            .Select(o => new CycleSchool(o.Id, o.ShortName, o.FullName, o.Aliases, o.Code, o.Path, o.ParentId ?? 0, o.Parent!.ShortName))
            .ToListAsync(ct);
        return new CycleContext(cycle, region, scope, schools.OrderBy(s => s.MunicipalityName).ThenBy(s => s.Name).ToList());
    }

    /// <summary>
    /// Resolves a school cell of an import: an ИНН (digits) by code, otherwise the name, short name or an alias with
    /// <see cref="PartyMatcher"/> (case, quotes and spaces do not count). Only the participants the user reads are candidates.
    /// </summary>
    public static Func<string, CycleSchool?> Resolver(IReadOnlyList<CycleSchool> schools)
    {
        var matcher = new PartyMatcher(schools.Select(s => new OrganizationCandidate(s.Id, s.FullName, s.Name, s.Aliases)), []);
        var byId = schools.ToDictionary(s => s.Id);
        return text =>
        {
            text = text.Trim();
            if (text.Length > 0 && text.All(char.IsDigit))
            {
                return schools.FirstOrDefault(s => s.Code == text);
            }
            var folded = SearchText.Fold(text);
            var exact = schools.Where(s => SearchText.Fold(s.Name) == folded || SearchText.Fold(s.FullName) == folded).ToList();
            if (exact.Count == 1)
            {
                return exact[0];
            }
            return matcher.Match(text).OrganizationId is { } id && byId.TryGetValue(id, out var school) ? school : null;
        };
    }

    /// <summary>Reads an uploaded table; a file that cannot be read is a broken rule of the «file» field.</summary>
    public static IReadOnlyList<TableRow> ReadTable(Stream content, string? fileName)
    {
        try
        {
            return SimpleTable.Read(content, fileName);
        }
        catch (RoadmapImportException e)
        {
            throw new DomainException(e.Message, "file");
        }
    }

    public static void AddError(Dictionary<string, List<string>> errors, int row, string message)
    {
        var key = $"row {row}";
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }
        list.Add($"Строка {row}: {message}");
    }

    public static IReadOnlyDictionary<string, string[]> Freeze(Dictionary<string, List<string>> errors) =>
        errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
