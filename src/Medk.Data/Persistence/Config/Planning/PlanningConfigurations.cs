using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class RoadmapConfiguration : IEntityTypeConfiguration<Roadmap>
{
    public void Configure(EntityTypeBuilder<Roadmap> b)
    {
        b.Property(r => r.Title).HasMaxLength(Roadmap.TitleMaxLength);
        b.Property(r => r.SearchText).HasMaxLength(2000);
        b.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.OwnsOne(r => r.Approval, a =>
        {
            a.Property(x => x.Kind).HasMaxLength(ApprovalDocument.KindMaxLength).HasColumnName("ApprovalKind");
            a.Property(x => x.Number).HasMaxLength(ApprovalDocument.NumberMaxLength).HasColumnName("ApprovalNumber");
            a.Property(x => x.Date).HasColumnName("ApprovalDate");
            a.Property(x => x.Signatory).HasMaxLength(ApprovalDocument.SignatoryMaxLength).HasColumnName("ApprovalSignatory");
        });
        b.HasOne(r => r.Owner).WithMany().HasForeignKey(r => r.OwnerOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.OwnerOrganizationId, r.PeriodStart });
        b.HasIndex(r => r.Status);
        b.Ignore(r => r.Year);
        b.Ignore(r => r.Period);
        b.PrimitiveCollection(r => r.SourceColumns);
    }
}

internal sealed class RoadmapItemConfiguration : IEntityTypeConfiguration<RoadmapItem>
{
    public void Configure(EntityTypeBuilder<RoadmapItem> b)
    {
        b.Property(i => i.Number).HasMaxLength(RoadmapItem.NumberMaxLength);
        b.Property(i => i.Text).HasMaxLength(RoadmapItem.TextMaxLength);
        b.Property(i => i.ResponsibleText).HasMaxLength(RoadmapItem.FieldMaxLength);
        b.Property(i => i.DeadlineText).HasMaxLength(RoadmapItem.FieldMaxLength);
        b.Property(i => i.ResultText).HasMaxLength(RoadmapItem.FieldMaxLength);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne<Roadmap>().WithMany().HasForeignKey(i => i.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RoadmapItem>().WithMany().HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<RoadmapItem>().WithMany().HasForeignKey(i => i.ImplementsItemId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(i => i.Responsibles).WithOne().HasForeignKey("ItemId").OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Responsibles).HasField("_responsibles").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Property(i => i.DeadlineKind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.DeadlineWarning).HasMaxLength(500);
        b.Property(i => i.IndicatorKind).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.IndicatorComparator).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.IndicatorTarget).HasPrecision(12, 2);
        b.Property(i => i.IndicatorUnit).HasMaxLength(100);
        b.HasMany(i => i.Checkpoints).WithOne().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Checkpoints).HasField("_checkpoints").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(i => i.Content);
        b.Ignore(i => i.IsWithdrawn);
        b.Property(i => i.WithdrawalReason).HasMaxLength(RoadmapItem.WithdrawalReasonMaxLength);
        b.HasIndex(i => new { i.RoadmapId, i.ParentId, i.Position });
        b.HasIndex(i => i.ImplementsItemId);
    }
}

internal sealed class RoadmapRevisionConfiguration : IEntityTypeConfiguration<RoadmapRevision>
{
    public void Configure(EntityTypeBuilder<RoadmapRevision> b)
    {
        b.Property(r => r.ByName).HasMaxLength(200);
        b.Property(r => r.Changes).HasMaxLength(RoadmapRevision.SummaryMaxLength);
        b.HasOne<Roadmap>().WithMany().HasForeignKey(r => r.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.RoadmapId, r.Number }).IsUnique();
    }
}

internal sealed class ItemResponsibleConfiguration : IEntityTypeConfiguration<ItemResponsible>
{
    public void Configure(EntityTypeBuilder<ItemResponsible> b)
    {
        b.Property(r => r.NameAsWritten).HasMaxLength(ItemResponsible.NameMaxLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.SetNull);
        b.Ignore(r => r.IsResolved);
    }
}

internal sealed class ImportDraftConfiguration : IEntityTypeConfiguration<Import.ImportDraft>
{
    public void Configure(EntityTypeBuilder<Import.ImportDraft> b)
    {
        b.Property(d => d.FileName).HasMaxLength(255);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OwnerOrganizationId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Roadmap>().WithMany().HasForeignKey(d => d.TargetRoadmapId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(d => d.CreatedAt);
        b.HasIndex(d => d.UserId);
    }
}
