using Medk.Core.Platform.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Audit;

/// <summary>The searchable journal: administrators and coordinators (their territory).</summary>
public sealed class IndexModel(AuditService audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Text { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public AuditPage Journal { get; private set; } = new([], null);

    public async Task OnGetAsync(CancellationToken ct) =>
        Journal = await audit.SearchAsync(new AuditFilter(From, To, UserName, Kind, Action, Text, null, Before), ct);

    /// <summary>The address of the next page: the same filters, older lines.</summary>
    public string NextUrl(long next) => QueryString.Create(new Dictionary<string, string?>
    {
        ["from"] = From?.ToString("yyyy-MM-dd"), ["to"] = To?.ToString("yyyy-MM-dd"), ["userName"] = UserName, ["kind"] = Kind,
        ["action"] = Action?.ToString(), ["text"] = Text, ["before"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent().Insert(0, "/Audit");
}
