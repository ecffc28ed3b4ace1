using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Medk.Core.FiveHundredPlus.Practices;
using Medk.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> b)
    {
        b.ToTable("Practices");
        b.Property(p => p.Title).HasMaxLength(Practice.TitleMaxLength);
        b.Property(p => p.Description).HasMaxLength(Practice.DescriptionMaxLength);
        b.Property(p => p.Topic).HasMaxLength(Practice.TopicMaxLength);
        b.Property(p => p.TopicKey).HasMaxLength(Practice.TopicMaxLength);
        b.Property(p => p.RiskFactorName).HasMaxLength(RiskFactor.NameMaxLength);
        b.Property(p => p.AuthorName).HasMaxLength(200);
        b.Property(p => p.ModeratedByName).HasMaxLength(200);
        b.Property(p => p.ModerationComment).HasMaxLength(Practice.CommentMaxLength);
        b.Property(p => p.SearchText).HasMaxLength(Practice.SearchTextMaxLength);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        // A factor removed from a cycle leaves the practice with the factor's name.
        b.HasOne<RiskFactor>().WithMany().HasForeignKey(p => p.RiskFactorId).OnDelete(DeleteBehavior.SetNull);
        b.HasFiles(p => p.Files);
        b.HasIndex(p => new { p.Status, p.CreatedAt });
        b.HasIndex(p => p.OrganizationId);
        b.HasIndex(p => p.AuthorId);
        b.HasIndex(p => p.TopicKey);
        b.HasIndex(p => p.RiskFactorName);
    }
}
