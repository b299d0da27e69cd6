using AoPortal.Domain.Notifications;
using AoPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength);
        builder.Property(n => n.Link).HasMaxLength(300);
        builder.Property(n => n.ReminderKey).HasMaxLength(Notification.MaxReminderKeyLength);
        builder.Ignore(n => n.IsReminder);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

        // A person's list, newest first, and their unread count.
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        // The same reminder is stored once per person: the daily job's guard against sending it twice, and its lookup by key.
        // (SQL Server filters out the NULLs of other notifications itself; SQLite's unique indexes allow many NULLs.)
        builder.HasIndex(n => new { n.ReminderKey, n.UserId }).IsUnique();
    }
}
