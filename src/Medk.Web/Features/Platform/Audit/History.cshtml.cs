using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Audit;

/// <summary>«История изменений» of one object: its lines of the journal, newest first.</summary>
public sealed class HistoryModel(AuditService audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string Key { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Back { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public AuditPage History { get; private set; } = new([], null);

    /// <summary>The object's page to go back to: an address inside Medk only.</summary>
    public string? BackUrl => Back is { Length: > 0 } b && b.StartsWith('/') && !b.StartsWith("//", StringComparison.Ordinal) ? b : null;

    public async Task OnGetAsync(CancellationToken ct) => History = await audit.HistoryAsync(Kind, Key, Before, ct);

    /// <summary>The link to an object's history, for the object's page.</summary>
    public static string Link(string kind, object key, string back) =>
        $"/Audit/History?kind={Uri.EscapeDataString(kind)}&key={Uri.EscapeDataString(Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!)}&back={Uri.EscapeDataString(back)}";
}

/// <summary>The «История изменений» link of an object's page (partial <c>_HistoryLink</c>).</summary>
public sealed record HistoryLink(string Kind, object Key, string Back, string? OrganizationPath, string CssClass = "btn btn-outline-secondary");
