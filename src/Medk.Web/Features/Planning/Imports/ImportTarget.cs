using Medk.Core;
using Medk.Core.Common;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Import;
using Medk.Web.Features.Shared;

namespace Medk.Web.Features.Planning.Imports;

/// <summary>What a confirmed import does: <c>auto</c> updates the roadmap of the same order if there is one (decision 020).</summary>
public enum ImportMode
{
    Auto,
    New,
    Update,
}

/// <summary>The person's choice of where a document goes; <see cref="TargetRoadmapId"/> only with <see cref="ImportMode.Update"/> or auto.</summary>
public sealed record ImportChoice(ImportMode Mode, int? TargetRoadmapId)
{
    public static readonly ImportChoice Auto = new(ImportMode.Auto, null);

    /// <summary>The API's form fields <c>mode</c> (auto, new, update) and <c>targetRoadmapId</c>.</summary>
    public static ImportChoice Parse(string? mode, int? targetRoadmapId)
    {
        var parsed = mode?.Trim().ToLowerInvariant() switch
        {
            null or "" or "auto" => ImportMode.Auto,
            "new" => ImportMode.New,
            "update" => ImportMode.Update,
            _ => throw new DomainException("Поле mode: auto (обновить дорожную карту того же приказа, если она есть), new (создать новую) или update (обновить).", "mode"),
        };
        if (parsed == ImportMode.New && targetRoadmapId is not null)
        {
            throw new DomainException("Новая дорожная карта не обновляет существующую: уберите targetRoadmapId или выберите mode=update.", "targetRoadmapId");
        }
        return new ImportChoice(parsed, targetRoadmapId);
    }
}

/// <summary>A roadmap a document may update.</summary>
/// <param name="SameOrder">Its owner and approving document are those of the document.</param>
public sealed record RoadmapChoice(int Id, string Title, int OwnerOrganizationId, string OwnerName, string? Approval, RoadmapStatus Status, int Year, bool SameOrder)
{
    public string Label => $"{OwnerName}, {Year}: {Format.Shorten(Title, 90)}{(Approval is null ? "" : $" ({Approval})")} — {Glossary.Status(Status).ToLowerInvariant()}";
}

/// <summary>One changed field: before → after; for deadlines also the due dates before and after.</summary>
/// <param name="Field">number, kind, text, deadline, responsible, result, levels.</param>
public sealed record FieldChangeView(string Field, string FieldName, string? Before, string? After, IReadOnlyList<DateOnly> BeforeDates, IReadOnlyList<DateOnly> AfterDates);

/// <summary>An item found in both: its number in the roadmap and in the document, and what changed.</summary>
public sealed record ItemChangeView(int ItemId, string? Number, string? NewNumber, string Text, IReadOnlyList<FieldChangeView> Changes);

/// <summary>An item that comes (ItemId null) or goes; a going item with reports stays, excluded (<see cref="KeptWithReports"/>).</summary>
public sealed record ItemLineView(int? ItemId, string? Number, bool IsSection, string Text, bool KeptWithReports);

/// <summary>What the document changes in the target roadmap, item by item.</summary>
public sealed record ImportChangesView(
    IReadOnlyList<string> Roadmap,
    IReadOnlyList<ItemLineView> Added,
    IReadOnlyList<ItemLineView> Removed,
    IReadOnlyList<ItemChangeView> Changed,
    int Unchanged)
{
    public bool IsEmpty => Roadmap.Count == 0 && Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    public static ImportChangesView Of(CorrectionPlan plan)
    {
        var withdrawn = plan.Withdrawn.ToHashSet();
        return new ImportChangesView(
            plan.HeaderChanges,
            plan.Diff.Added.Select(n => new ItemLineView(null, plan.After[n].Number, plan.After[n].IsSection, plan.After[n].Text, false)).ToList(),
            plan.Diff.Removed.Select(o => plan.Live[o]).Select(i => new ItemLineView(i.Id, i.Number, i.IsSection, i.Text, withdrawn.Contains(i))).ToList(),
            plan.Diff.Changed.Select(m => new ItemChangeView(plan.Live[m.Before].Id, plan.Before[m.Before].Number, plan.After[m.After].Number, plan.After[m.After].Text,
                m.Changes.Select(c => new FieldChangeView(c.Field.ToString().ToLowerInvariant(), Glossary.Field(c.Field), c.Before, c.After, c.BeforeDates, c.AfterDates)).ToList()))
                .ToList(),
            plan.Diff.UnchangedCount);
    }
}

/// <summary>
/// Where the document would go: a roadmap to update (and what changes) or a new roadmap; the roadmaps of the same
/// owner and order that were found, so that the person sees why.
/// </summary>
/// <param name="Mode">update or new: what confirming will do.</param>
public sealed record ImportTargetView(string Mode, RoadmapChoice? Target, IReadOnlyList<RoadmapChoice> SameOrder, ImportChangesView? Changes)
{
    public bool Updates => Target is not null;
}

/// <summary>What a confirmed import did: created a roadmap, or corrected one (the correction's number; null when nothing changed).</summary>
public sealed record ImportOutcome(int RoadmapId, bool Updated, int? RevisionNumber, IReadOnlyList<string> Changes);
