using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

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

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.Property(s => s.Id).ValueGeneratedNever();
        b.HasOne<MedkUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.UserId);
        b.HasIndex(s => s.LastSeenAt);
    }
}

internal sealed class MedkUserConfiguration : IEntityTypeConfiguration<MedkUser>
{
    public void Configure(EntityTypeBuilder<MedkUser> b)
    {
        b.Property(u => u.FullName).HasMaxLength(MedkUser.FullNameMaxLength);
    }
}
