using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> b)
    {
        b.Property(c => c.Name).HasMaxLength(Cycle.NameMaxLength);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Stages).WithOne().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Stages).HasField("_stages").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Factors).WithOne().HasForeignKey(f => f.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Factors).HasField("_factors").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(c => new { c.RegionId, c.Year });
    }
}

internal sealed class CycleStageConfiguration : IEntityTypeConfiguration<CycleStage>
{
    public void Configure(EntityTypeBuilder<CycleStage> b)
    {
        b.ToTable("CycleStages");
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(s => new { s.CycleId, s.Kind }).IsUnique();
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> b)
    {
        b.ToTable("Participants");
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.CycleId, p.SchoolId }).IsUnique();
        b.HasIndex(p => p.SchoolId);
    }
}

internal sealed class RiskFactorConfiguration : IEntityTypeConfiguration<RiskFactor>
{
    public void Configure(EntityTypeBuilder<RiskFactor> b)
    {
        b.ToTable("RiskFactors");
        b.Property(f => f.Name).HasMaxLength(RiskFactor.NameMaxLength);
        b.HasIndex(f => new { f.CycleId, f.Order });
    }
}
