using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

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

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<Core.Monitoring.Reporting.ProgressReport>
{
    public void Configure(EntityTypeBuilder<Core.Monitoring.Reporting.ProgressReport> b)
    {
        b.ToTable("ProgressReports");
        b.Property(r => r.Text).HasMaxLength(Core.Monitoring.Reporting.ProgressReport.TextMaxLength);
        b.Property(r => r.IndicatorValue).HasPrecision(12, 2);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasOne<Checkpoint>().WithMany().HasForeignKey(r => r.CheckpointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.ReporterOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Restrict);
        b.HasFiles(r => r.Files);
        b.HasDecisions(r => r.Decisions, "ReportDecision", "ReportId");
        b.HasIndex(r => new { r.CheckpointId, r.ReporterOrganizationId }).IsUnique();
        b.HasIndex(r => new { r.ReporterOrganizationId, r.Status });
        b.HasIndex(r => r.Status);
    }
}

internal sealed class ReviewSampleConfiguration : IEntityTypeConfiguration<Core.Monitoring.Reviews.ReviewSample>
{
    public void Configure(EntityTypeBuilder<Core.Monitoring.Reviews.ReviewSample> b)
    {
        b.Property(s => s.Name).HasMaxLength(Core.Monitoring.Reviews.ReviewSample.NameMaxLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.ScopeOrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(s => s.CreatedBy).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Assignments).WithOne().HasForeignKey(a => a.SampleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Assignments).HasField("_assignments").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(s => s.SampleSize);
        b.HasIndex(s => s.ScopeOrganizationId);
    }
}

internal sealed class ReviewAssignmentConfiguration : IEntityTypeConfiguration<Core.Monitoring.Reviews.ReviewAssignment>
{
    public void Configure(EntityTypeBuilder<Core.Monitoring.Reviews.ReviewAssignment> b)
    {
        b.Property(a => a.Verdict).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Comment).HasMaxLength(Core.Monitoring.Reviews.ReviewAssignment.CommentMaxLength);
        b.PrimitiveCollection(a => a.Points);
        b.HasOne<Core.Monitoring.Reporting.ProgressReport>().WithMany().HasForeignKey(a => a.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(a => a.IsCompleted);
        b.HasIndex(a => new { a.ExpertId, a.CompletedAt });
        b.HasIndex(a => new { a.SampleId, a.ReportId }).IsUnique();
    }
}

internal sealed class RoadmapScoreConfiguration : IEntityTypeConfiguration<Core.Monitoring.Reviews.RoadmapScore>
{
    public void Configure(EntityTypeBuilder<Core.Monitoring.Reviews.RoadmapScore> b)
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
