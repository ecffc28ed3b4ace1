using Medk.Core.Platform.Notifications;
using Medk.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Medk.Data.Persistence.Config;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        b.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
        b.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        b.Ignore(n => n.IsRead);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        // The bell counts a person's unread ones on every page: this index answers it without reading rows.
        b.HasIndex(n => new { n.RecipientId, n.ReadAt });
        b.HasIndex(n => new { n.RecipientId, n.CreatedAt });
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<OutgoingMail>
{
    public void Configure(EntityTypeBuilder<OutgoingMail> b)
    {
        b.ToTable("OutgoingMails");
        b.Property(m => m.To).HasMaxLength(OutgoingMail.AddressMaxLength);
        b.Property(m => m.Subject).HasMaxLength(OutgoingMail.SubjectMaxLength);
        b.Property(m => m.LastError).HasMaxLength(OutgoingMail.ErrorMaxLength);
        b.Property(m => m.LeaseOwner).HasMaxLength(OutgoingMail.LeaseOwnerMaxLength);
        b.Property(m => m.UnsubscribeUrl).HasMaxLength(OutgoingMail.UnsubscribeMaxLength);
        // The delivery worker looks for what is due: unsent mail whose next try has come.
        b.HasIndex(m => m.NextAttemptAt);
    }
}

internal sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> b)
    {
        b.ToTable("NotificationSettings");
        b.HasKey(s => s.UserId);
        b.Property(s => s.MailOffText).HasMaxLength(NotificationSettings.ListMaxLength);
        b.Property(s => s.ReminderDaysText).HasMaxLength(NotificationSettings.ListMaxLength);
        b.Property(s => s.TimeZone).HasMaxLength(NotificationSettings.TimeZoneMaxLength);
        b.Property(s => s.CalendarToken).HasMaxLength(NotificationSettings.CalendarTokenMaxLength);
        b.HasIndex(s => s.CalendarToken).IsUnique();
        b.Ignore(s => s.MailOff);
        b.Ignore(s => s.ReminderDays);
        b.HasOne<MedkUser>().WithOne().HasForeignKey<NotificationSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> b)
    {
        b.ToTable("RemindersSent");
        // Once per checkpoint, person and offset, whichever instance gets there first.
        b.HasIndex(r => new { r.CheckpointId, r.UserId, r.Offset }).IsUnique();
        b.HasOne<Medk.Core.Planning.Roadmaps.Checkpoint>().WithMany().HasForeignKey(r => r.CheckpointId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<MedkUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DigestSentConfiguration : IEntityTypeConfiguration<DigestSent>
{
    public void Configure(EntityTypeBuilder<DigestSent> b)
    {
        b.ToTable("DigestsSent");
        b.HasIndex(d => new { d.UserId, d.PeriodStart }).IsUnique();
        b.HasOne<MedkUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
