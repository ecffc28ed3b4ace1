using Medk.Core.Platform.Organizations;

namespace Medk.Web.Features.Platform.Organizations;

public sealed record OrganizationView(
    int Id,
    int? ParentId,
    OrganizationLevel Level,
    OrganizationKind Kind,
    string FullName,
    string ShortName,
    string[] Aliases,
    string? Code,
    string Path,
    int Version,
    bool CanEdit);

public sealed record OrganizationRow(int Id, int? ParentId, OrganizationLevel Level, OrganizationKind Kind, string ShortName, string FullName, string Path, bool HasChildren);

public sealed record OrganizationInput
{
    public int? ParentId { get; init; }
    public OrganizationKind Kind { get; init; }
    public string FullName { get; init; } = "";
    public string? ShortName { get; init; }
    public string[]? Aliases { get; init; }
    public string? Code { get; init; }

    /// <summary>For edits: the version the writer read (optimistic concurrency).</summary>
    public int? Version { get; init; }
}

public sealed record OrganizationFilter(string? Search, OrganizationLevel? Level, int? ParentId, int? Page, int? PageSize);
