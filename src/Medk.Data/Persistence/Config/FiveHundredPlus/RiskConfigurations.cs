using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Medk.Core.FiveHundredPlus.Risks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class RiskProfileConfiguration : IEntityTypeConfiguration<RiskProfile>
{
    public void Configure(EntityTypeBuilder<RiskProfile> b)
    {
        b.ToTable("RiskProfiles");
        b.HasOne<Cycle>().WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(p => p.Levels).WithOne().HasForeignKey(l => l.RiskProfileId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Levels).HasField("_levels").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(p => p.IsVerified);
        b.HasIndex(p => new { p.CycleId, p.SchoolId }).IsUnique();
        b.HasIndex(p => p.SchoolId);
    }
}

internal sealed class RiskProfileLevelConfiguration : IEntityTypeConfiguration<RiskProfileLevel>
{
    public void Configure(EntityTypeBuilder<RiskProfileLevel> b)
    {
        b.ToTable("RiskProfileLevels");
        b.Property(l => l.Level).HasConversion<string>().HasMaxLength(10);
        b.HasOne<RiskFactor>().WithMany().HasForeignKey(l => l.FactorId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => new { l.RiskProfileId, l.FactorId }).IsUnique();
        // The heat map groups by factor over all profiles of a cycle.
        b.HasIndex(l => new { l.FactorId, l.Level });
    }
}
