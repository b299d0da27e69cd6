using AoPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ActorName).HasMaxLength(200);
        builder.Property(a => a.SubjectType).HasMaxLength(50);
        builder.Property(a => a.Action).HasMaxLength(200);
        builder.Property(a => a.Detail).HasMaxLength(2000);
        builder.HasIndex(a => new { a.SubjectId, a.OccurredAt });
        // The reports find every withdrawal or acceptance by its action, without reading the whole trail.
        builder.HasIndex(a => new { a.Action, a.SubjectType, a.OccurredAt });
    }
}
