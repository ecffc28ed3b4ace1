using Medk.Core.Access;
using Medk.Core.Organizations;
using Medk.Core.Roadmaps;
using Medk.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> b)
    {
        b.Property(o => o.FullName).HasMaxLength(Organization.FullNameMaxLength);
        b.Property(o => o.ShortName).HasMaxLength(Organization.ShortNameMaxLength);
        b.Property(o => o.Code).HasMaxLength(Organization.CodeMaxLength);
        b.Property(o => o.Path).HasMaxLength(Organization.PathMaxLength);
        b.Property(o => o.SearchText).HasMaxLength(4000);
        b.Property(o => o.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        b.PrimitiveCollection(o => o.Aliases);
        b.Property(o => o.Version).IsConcurrencyToken();
        b.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => o.Path);
        b.HasIndex(o => new { o.ParentId, o.ShortName });
        b.HasIndex(o => o.Code);
        b.Ignore(o => o.Depth);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength);
        b.Property(p => p.ShortName).HasMaxLength(Person.NameMaxLength);
        b.Property(p => p.Position).HasMaxLength(300);
        b.Property(p => p.SearchText).HasMaxLength(500);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => p.OrganizationId);
    }
}

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
        b.HasIndex(i => new { i.RoadmapId, i.ParentId, i.Position });
        b.HasIndex(i => i.ImplementsItemId);
    }
}

internal sealed class CheckpointConfiguration : IEntityTypeConfiguration<Checkpoint>
{
    public void Configure(EntityTypeBuilder<Checkpoint> b)
    {
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CancelReason).HasMaxLength(Checkpoint.ReasonMaxLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasIndex(c => new { c.ItemId, c.DueDate }).IsUnique();
        b.HasIndex(c => c.CompletedOn);
        b.HasIndex(c => c.DueDate);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<Core.Reporting.ProgressReport>
{
    public void Configure(EntityTypeBuilder<Core.Reporting.ProgressReport> b)
    {
        b.ToTable("ProgressReports");
        b.Property(r => r.Text).HasMaxLength(Core.Reporting.ProgressReport.TextMaxLength);
        b.Property(r => r.IndicatorValue).HasPrecision(12, 2);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Checkpoint>().WithMany().HasForeignKey(r => r.CheckpointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.ReporterOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(r => new { r.CheckpointId, r.ReporterOrganizationId }).IsUnique();
        b.HasIndex(r => new { r.ReporterOrganizationId, r.Status });
        b.HasIndex(r => r.Status);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<Core.Reporting.EvidenceFile>
{
    public void Configure(EntityTypeBuilder<Core.Reporting.EvidenceFile> b)
    {
        b.Property(f => f.FileName).HasMaxLength(Core.Evidence.EvidencePolicy.FileNameMaxLength);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.HasOne(f => f.Content).WithOne().HasForeignKey<Core.Reporting.EvidenceContent>(c => c.EvidenceFileId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.ReportId);
    }
}

internal sealed class ReportDecisionConfiguration : IEntityTypeConfiguration<Core.Reporting.ReportDecision>
{
    public void Configure(EntityTypeBuilder<Core.Reporting.ReportDecision> b)
    {
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.ByName).HasMaxLength(200);
        b.Property(d => d.Comment).HasMaxLength(Core.Reporting.ProgressReport.CommentMaxLength);
        b.HasIndex(d => d.ReportId);
    }
}

internal sealed class ReviewSampleConfiguration : IEntityTypeConfiguration<Core.Reviews.ReviewSample>
{
    public void Configure(EntityTypeBuilder<Core.Reviews.ReviewSample> b)
    {
        b.Property(s => s.Name).HasMaxLength(Core.Reviews.ReviewSample.NameMaxLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.ScopeOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(s => s.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Assignments).WithOne().HasForeignKey(a => a.SampleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Assignments).HasField("_assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(s => s.SampleSize);
        b.HasIndex(s => s.ScopeOrganizationId);
    }
}

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<Core.Reviews.ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<Core.Reviews.ReviewAssignment> b)
    {
        b.Property(a => a.Verdict).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Comment).HasMaxLength(Core.Reviews.ReviewAssignment.CommentMaxLength);
        b.PrimitiveCollection(a => a.Points);
        b.HasOne<Core.Reporting.ProgressReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(a => a.IsCompleted);
        b.HasIndex(a => new { a.ExpertId, a.CompletedAt });
        b.HasIndex(a => new { a.SampleId, a.ReportId }).IsUnique();
    }
}

internal sealed class RoadmapScoreConfiguration : IEntityTypeConfiguration<Core.Reviews.RoadmapScore>
{
    public void Configure(EntityTypeBuilder<Core.Reviews.RoadmapScore> b)
    {
        b.Property(s => s.ExpertName).HasMaxLength(200);
        b.Property(s => s.Comment).HasMaxLength(2000);
        b.Property(s => s.Points).HasPrecision(8, 2);
        b.Property(s => s.MaxPoints).HasPrecision(8, 2);
        b.HasOne<Roadmap>().WithMany().HasForeignKey(s => s.RoadmapId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(s => s.Zone);
        b.HasIndex(s => new { s.RoadmapId, s.At });
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

internal sealed class RoleAssignmentConfiguration : IEntityTypeConfiguration<RoleAssignment>
{
    public void Configure(EntityTypeBuilder<RoleAssignment> b)
    {
        b.Property(r => r.Role).HasConversion<string>().HasMaxLength(40);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.UserId, r.Role, r.OrganizationId }).IsUnique();
        b.HasIndex(r => r.OrganizationId);
    }
}

internal sealed class CuratorAssignmentConfiguration : IEntityTypeConfiguration<CuratorAssignment>
{
    public void Configure(EntityTypeBuilder<CuratorAssignment> b)
    {
        b.Property(c => c.ContractNumber).HasMaxLength(CuratorAssignment.ContractNumberMaxLength);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(c => c.CuratorUserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.CuratorUserId, c.SchoolId }).IsUnique();
        b.HasIndex(c => c.SchoolId);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.Name).HasMaxLength(ApiToken.NameMaxLength);
        b.Property(t => t.Hash).HasMaxLength(64);
        b.Property(t => t.DisplayPrefix).HasMaxLength(20);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => t.Hash).IsUnique();
        b.HasIndex(t => t.UserId);
    }
}

internal sealed class ImportDraftConfiguration : IEntityTypeConfiguration<Import.ImportDraft>
{
    public void Configure(EntityTypeBuilder<Import.ImportDraft> b)
    {
        b.Property(d => d.FileName).HasMaxLength(255);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OwnerOrganizationId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(d => d.CreatedAt);
        b.HasIndex(d => d.UserId);
    }
}

internal sealed class MedkUserConfiguration : IEntityTypeConfiguration<MedkUser>
{
    public void Configure(EntityTypeBuilder<MedkUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(MedkUser.FullNameMaxLength);
    }
}
