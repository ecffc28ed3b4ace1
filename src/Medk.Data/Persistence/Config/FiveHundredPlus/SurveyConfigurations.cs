using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Medk.Core.FiveHundredPlus.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class SurveyRoundConfiguration : IEntityTypeConfiguration<SurveyRound>
{
    public void Configure(EntityTypeBuilder<SurveyRound> b)
    {
        b.ToTable("SurveyRounds");
        b.Property(r => r.Name).HasMaxLength(SurveyRound.NameMaxLength);
        b.HasOne<Cycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Participation).WithOne().HasForeignKey(p => p.SurveyRoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Participation).HasField("_participation").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(r => new { r.CycleId, r.Number }).IsUnique();
    }
}

internal sealed class SurveyParticipationConfiguration : IEntityTypeConfiguration<SurveyParticipation>
{
    public void Configure(EntityTypeBuilder<SurveyParticipation> b)
    {
        b.ToTable("SurveyParticipation");
        b.Property(p => p.Group).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.SurveyRoundId, p.SchoolId, p.Group }).IsUnique();
        b.HasIndex(p => p.SchoolId);
    }
}
