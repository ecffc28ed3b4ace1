using Medk.Core;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Persistence;
using Medk.Documents;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Planning.Roadmaps;

public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

/// <summary>A roadmap back to the order-style table its authority works with, in the columns it was imported with.</summary>
public sealed class RoadmapExport(MedkDbContext db, RoadmapService roadmaps)
{
    public async Task<ExportFile> ExportAsync(int id, string? format, CancellationToken ct)
    {
        var view = await roadmaps.GetAsync(id, ct); // scoped: 404 when not visible
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Owner).FirstAsync(r => r.Id == id, ct);
        var items = await db.RoadmapItems.AsNoTracking().Include(i => i.Responsibles).Where(i => i.RoadmapId == id).ToListAsync(ct);
        var document = new ImportedRoadmap
        {
            Title = roadmap.Title,
            Owner = roadmap.Owner!.FullName,
            Approval = roadmap.Approval is { } a ? new ImportedApproval(a.Kind, a.Number, a.Date, a.Signatory) : null,
            Period = roadmap.Period,
            Columns = roadmap.SourceColumns.Select(ParseColumn).OfType<ImportedColumn>().ToList(),
            Items = new RoadmapOutline(items).Flatten().Where(x => !x.Item.IsWithdrawn).Select(x => new ImportedItem
            {
                Number = x.Item.Number,
                Kind = x.Item.IsSection ? ImportedItemKind.Section : ImportedItemKind.Item,
                Depth = x.Depth,
                Title = x.Item.Text,
                ResponsibleText = x.Item.ResponsibleText,
                Responsible = x.Item.Responsibles.Select(r => r.NameAsWritten).ToList(),
                Result = x.Item.ResultText,
                DeadlineText = x.Item.DeadlineText,
                Levels = Enum.GetValues<ImplementationLevels>().Where(l => l != ImplementationLevels.None && x.Item.Levels.HasFlag(l))
                    .Select(Glossary.ImplementationLevel).ToList(),
            }).ToList(),
        };
        var name = FileNames.Safe($"{view.OwnerName} {view.PeriodStart.Year} {view.Title}", 120);
        return format?.ToLowerInvariant() switch
        {
            "xlsx" => new ExportFile(RoadmapXlsxWriter.ToBytes(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx"),
            "docx" or null or "" => new ExportFile(RoadmapDocxWriter.ToBytes(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            _ => throw new Core.Common.DomainException("Формат выгрузки: docx или xlsx.", "format"),
        };
    }

    private static ImportedColumn? ParseColumn(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && Enum.TryParse<ColumnKind>(text[..colon], out var kind) ? new ImportedColumn(kind, text[(colon + 1)..]) : null;
    }
}
