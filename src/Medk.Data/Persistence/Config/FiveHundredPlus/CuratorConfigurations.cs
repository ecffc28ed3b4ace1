using Medk.Core.FiveHundredPlus.Curators;
using Medk.Core.Platform.Organizations;
using Medk.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class CuratorVisitConfiguration : IEntityTypeConfiguration<CuratorVisit>
{
    public void Configure(EntityTypeBuilder<CuratorVisit> b)
    {
        b.ToTable("CuratorVisits");
        b.Property(v => v.Format).HasConversion<string>().HasMaxLength(20);
        b.Property(v => v.Notes).HasMaxLength(CuratorVisit.NotesMaxLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(v => v.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(v => v.CuratorUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.Files).WithOne().HasForeignKey(f => f.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(v => v.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(v => new { v.SchoolId, v.Date });
        b.HasIndex(v => v.CuratorUserId);
    }
}

internal sealed class CuratorReportConfiguration : IEntityTypeConfiguration<CuratorReport>
{
    public void Configure(EntityTypeBuilder<CuratorReport> b)
    {
        b.ToTable("CuratorReports");
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Text).HasMaxLength(CuratorReport.TextMaxLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(r => r.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(r => r.CuratorUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(r => r.Files).WithOne().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Files).HasField("_files").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(r => new { r.CuratorUserId, r.SchoolId, r.Year }).IsUnique();
        b.HasIndex(r => new { r.SchoolId, r.Status });
    }
}

internal sealed class CuratorFileConfiguration : IEntityTypeConfiguration<CuratorFile>
{
    public void Configure(EntityTypeBuilder<CuratorFile> b)
    {
        b.ToTable("CuratorFiles");
        b.Property(f => f.FileName).HasMaxLength(Core.Monitoring.Evidence.EvidencePolicy.FileNameMaxLength);
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.HasOne(f => f.Content).WithOne().HasForeignKey<CuratorFileContent>(c => c.CuratorFileId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => f.VisitId);
        b.HasIndex(f => f.ReportId);
    }
}

internal sealed class CuratorFileContentConfiguration : IEntityTypeConfiguration<CuratorFileContent>
{
    public void Configure(EntityTypeBuilder<CuratorFileContent> b) => b.ToTable("CuratorFileContents");
}
