using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class ConceptDocumentConfiguration : IEntityTypeConfiguration<ConceptDocument>
{
    public void Configure(EntityTypeBuilder<ConceptDocument> b)
    {
        b.Property(d => d.Title).HasMaxLength(ConceptDocument.TitleMaxLength);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.ExpertVerdict).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.ExpertComment).HasMaxLength(4000);
        b.Property(d => d.ExpertName).HasMaxLength(200);
        b.HasOne<Cycle>().WithMany().HasForeignKey(d => d.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RiskFactor>().WithMany().HasForeignKey(d => d.RiskFactorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Roadmap>().WithMany().HasForeignKey(d => d.RoadmapId).OnDelete(DeleteBehavior.SetNull);
        b.HasFiles(d => d.Files);
        b.HasDecisions(d => d.Decisions, "ConceptDecision", "DocumentId");
        b.Ignore(d => d.IsStructured);
        b.HasIndex(d => new { d.CycleId, d.SchoolId, d.Kind });
    }
}

internal sealed class StageOutcomeConfiguration : IEntityTypeConfiguration<StageOutcome>
{
    public void Configure(EntityTypeBuilder<StageOutcome> b)
    {
        b.Property(o => o.Stage).HasConversion<string>().HasMaxLength(30);
        b.Property(o => o.DecidedByName).HasMaxLength(200);
        b.Property(o => o.Comment).HasMaxLength(2000);
        b.HasOne<Cycle>().WithMany().HasForeignKey(o => o.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(o => o.SchoolId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(o => new { o.CycleId, o.Stage, o.SchoolId }).IsUnique();
    }
}
