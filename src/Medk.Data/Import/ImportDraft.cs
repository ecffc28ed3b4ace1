using System.Text.Json;
using Medk.Core.Planning.Schedules;
using Medk.Documents;

namespace Medk.Data.Import;

/// <summary>
/// A document read but not yet imported: what the preview shows and the person corrects before
/// confirming. Kept in the database (not in one server's memory) so that any app instance serves the
/// next step; it holds only the editable text, and the deadlines and parties are understood again on
/// every step. A draft is deleted on confirmation or cancellation and expires after a day.
/// </summary>
public class ImportDraft
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private ImportDraft()
    {
    }

    public ImportDraft(Guid userId, string fileName, DraftRoadmap content, int? ownerOrganizationId, DateTimeOffset createdAt)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        FileName = fileName.Length > 255 ? fileName[..255] : fileName;
        OwnerOrganizationId = ownerOrganizationId;
        CreatedAt = createdAt;
        Save(content);
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string FileName { get; private set; } = "";
    public int? OwnerOrganizationId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string Content { get; private set; } = "";

    /// <summary>The roadmap the person chose to update with this document (decision 020); null: the one matching the order, if any.</summary>
    public int? TargetRoadmapId { get; private set; }

    /// <summary>The person chose a new roadmap although one may match the order.</summary>
    public bool CreatesNew { get; private set; }

    public DraftRoadmap Read() => JsonSerializer.Deserialize<DraftRoadmap>(Content, JsonOptions)
        ?? throw new InvalidOperationException("An import draft lost its content.");

    public void Save(DraftRoadmap content) => Content = JsonSerializer.Serialize(content, JsonOptions);

    public void ChooseOwner(int? organizationId) => OwnerOrganizationId = organizationId;

    /// <summary>New roadmap, a chosen roadmap to update, or neither (update the roadmap of the same order when there is one).</summary>
    public void ChooseTarget(bool createsNew, int? targetRoadmapId)
    {
        CreatesNew = createsNew;
        TargetRoadmapId = createsNew ? null : targetRoadmapId;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>The editable text of an imported roadmap.</summary>
public sealed record DraftRoadmap
{
    public string Title { get; init; } = "";
    public string? Owner { get; init; }
    public string? ApprovalKind { get; init; }
    public string? ApprovalNumber { get; init; }
    public DateOnly? ApprovalDate { get; init; }
    public string? ApprovalSignatory { get; init; }
    public DateOnly PeriodStart { get; init; }
    public DateOnly PeriodEnd { get; init; }
    public List<DraftColumn> Columns { get; init; } = [];
    public List<DraftItem> Items { get; init; } = [];
    public List<ImportWarning> Warnings { get; init; } = [];

    public DatePeriod Period => new(PeriodStart, PeriodEnd);

    public static DraftRoadmap From(ImportedRoadmap imported) => new()
    {
        Title = imported.Title,
        Owner = imported.Owner,
        ApprovalKind = imported.Approval?.Kind,
        ApprovalNumber = imported.Approval?.Number,
        ApprovalDate = imported.Approval?.Date,
        ApprovalSignatory = imported.Approval?.Signatory,
        PeriodStart = imported.Period.Start,
        PeriodEnd = imported.Period.End,
        Columns = imported.Columns.Select(c => new DraftColumn(c.Kind, c.Caption)).ToList(),
        Items = imported.Items.Select(i => new DraftItem
        {
            Number = i.Number, IsSection = i.IsSection, Depth = i.Depth, Title = i.Title, ResponsibleText = i.ResponsibleText,
            Result = i.Result, Levels = [.. i.Levels], DeadlineText = i.DeadlineText, SourceRow = i.SourceRow,
        }).ToList(),
        Warnings = [.. imported.Warnings],
    };

    /// <summary>
    /// Back to the importer's model, with parties split and, for a preview, deadlines understood from the (corrected)
    /// text. Creating the roadmap does not need them: each item understands its own deadline.
    /// </summary>
    public ImportedRoadmap ToImported(bool understandDeadlines = true) => new()
    {
        Title = Title,
        Owner = Owner,
        Approval = string.IsNullOrWhiteSpace(ApprovalNumber) && ApprovalDate is null && string.IsNullOrWhiteSpace(ApprovalSignatory)
            ? null
            : new ImportedApproval(string.IsNullOrWhiteSpace(ApprovalKind) ? "Приказ" : ApprovalKind, ApprovalNumber, ApprovalDate, ApprovalSignatory),
        Period = Period,
        Columns = Columns.Select(c => new ImportedColumn(c.Kind, c.Caption)).ToList(),
        Items = Items.Where(i => !string.IsNullOrWhiteSpace(i.Title)).Select(i => new ImportedItem
        {
            Number = string.IsNullOrWhiteSpace(i.Number) ? null : i.Number.Trim(),
            Kind = i.IsSection ? ImportedItemKind.Section : ImportedItemKind.Item,
            Depth = Math.Max(0, i.Depth),
            Title = i.Title.Trim(),
            ResponsibleText = i.ResponsibleText,
            Responsible = Documents.ResponsibleSplitter.Split(i.ResponsibleText),
            Result = i.Result,
            Levels = i.Levels,
            DeadlineText = i.DeadlineText,
            Schedule = !understandDeadlines || i.IsSection || string.IsNullOrWhiteSpace(i.DeadlineText) ? null : ScheduleParser.Parse(i.DeadlineText, Period),
            SourceRow = i.SourceRow,
        }).ToList(),
        Warnings = Warnings,
    };
}

public sealed record DraftColumn(ColumnKind Kind, string Caption);

public sealed record DraftItem
{
    public string? Number { get; init; }
    public bool IsSection { get; init; }
    public int Depth { get; init; }
    public string Title { get; init; } = "";
    public string? ResponsibleText { get; init; }
    public string? Result { get; init; }
    public List<string> Levels { get; init; } = [];
    public string? DeadlineText { get; init; }
    public int SourceRow { get; init; }
}
