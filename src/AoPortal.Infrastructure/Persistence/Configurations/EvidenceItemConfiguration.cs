using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> builder)
    {
        builder.ToTable("EvidenceItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Title).HasMaxLength(200);
        builder.Property(i => i.Prompt).HasMaxLength(500);
        builder.Property(i => i.Standards).HasMaxLength(1000);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.StandardList);
        builder.Ignore(i => i.Latest);
        builder.Ignore(i => i.IsVisibleToReviewers);

        // Versions with their files, and the reviews: read and written whole with the item (ADR-005).
        builder.OwnsMany(i => i.Versions, version =>
        {
            version.ToJson("Versions");
            version.OwnsMany(v => v.Files);
            version.Ignore(v => v.HasPassedScan);
        });
        builder.OwnsMany(i => i.Reviews, review => review.ToJson("Reviews"));

        // By candidate: see AoPortalDbContext.OnModelCreating, where the index also carries the standards.
        // The review queue: items awaiting review, newest first.
        builder.HasIndex(i => new { i.Status, i.LatestSubmittedAt });
        builder.HasOne<Candidate>().WithMany().HasForeignKey(i => i.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }
}
