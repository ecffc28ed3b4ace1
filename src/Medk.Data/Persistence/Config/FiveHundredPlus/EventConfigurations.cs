using Medk.Core.FiveHundredPlus.Events;
using Medk.Core.Platform.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class ProjectEventConfiguration : IEntityTypeConfiguration<ProjectEvent>
{
    public void Configure(EntityTypeBuilder<ProjectEvent> b)
    {
        b.ToTable("Events");
        b.Property(e => e.Title).HasMaxLength(ProjectEvent.TitleMaxLength);
        b.Property(e => e.ScheduleText).HasMaxLength(ProjectEvent.ScheduleMaxLength);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizerId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(e => e.Occurrences).WithOne().HasForeignKey(o => o.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Occurrences).HasField("_occurrences").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(e => e.Invitations).WithOne().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Invitations).HasField("_invitations").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(e => e.Attendance).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(e => e.Attendance).HasField("_attendance").UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasIndex(e => new { e.OrganizerId, e.Year });
    }
}

internal sealed class EventOccurrenceConfiguration : IEntityTypeConfiguration<EventOccurrence>
{
    public void Configure(EntityTypeBuilder<EventOccurrence> b)
    {
        b.ToTable("EventOccurrences");
        b.HasIndex(o => new { o.EventId, o.Date }).IsUnique();
    }
}

internal sealed class EventInvitationConfiguration : IEntityTypeConfiguration<EventInvitation>
{
    public void Configure(EntityTypeBuilder<EventInvitation> b)
    {
        b.ToTable("EventInvitations");
        b.HasOne<Organization>().WithMany().HasForeignKey(i => i.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.EventId, i.OrganizationId }).IsUnique();
        b.HasIndex(i => i.OrganizationId);
    }
}

internal sealed class AttendanceMarkConfiguration : IEntityTypeConfiguration<AttendanceMark>
{
    public void Configure(EntityTypeBuilder<AttendanceMark> b)
    {
        b.ToTable("AttendanceMarks");
        b.HasOne<Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.EventId, a.Date, a.OrganizationId }).IsUnique();
    }
}
