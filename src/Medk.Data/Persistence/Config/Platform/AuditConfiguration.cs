using Medk.Core.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

/// <summary>The journal: no foreign keys (a line outlives the object and the account it names), indexes for its two readers.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(e => e.UserName).HasMaxLength(AuditEntry.UserNameMaxLength);
        b.Property(e => e.Ip).HasMaxLength(AuditEntry.IpMaxLength);
        b.Property(e => e.EntityType).HasMaxLength(AuditEntry.EntityTypeMaxLength);
        b.Property(e => e.EntityKey).HasMaxLength(AuditEntry.EntityKeyMaxLength);
        b.Property(e => e.OrganizationPath).HasMaxLength(AuditEntry.PathMaxLength);
        b.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        b.Property(e => e.SearchText).HasMaxLength(AuditEntry.SearchTextMaxLength);
        b.Property(e => e.Channel).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        // A coordinator's journal: the lines of a territory (path prefix) in a period.
        b.HasIndex(e => new { e.OrganizationPath, e.At });
        // An object's history.
        b.HasIndex(e => new { e.EntityType, e.EntityKey });
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.UserId);
    }
}
