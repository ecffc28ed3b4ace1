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
        b.HasFiles(v => v.Files);
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
        b.HasFiles(r => r.Files);
        b.HasIndex(r => new { r.CuratorUserId, r.SchoolId, r.Year }).IsUnique();
        b.HasIndex(r => new { r.SchoolId, r.Status });
    }
}
