using AoPortal.Domain.Candidates;
using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.ToTable("Recommendations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.AgeRange).HasConversion(AgeRangeConverter.Instance).HasMaxLength(5);
        builder.Property(r => r.Subjects).StoredAsLines();
        builder.Property(r => r.Strengths).HasMaxLength(Recommendation.MaxTextLength);
        builder.Property(r => r.InductionTargets).HasMaxLength(Recommendation.MaxTextLength);
        builder.Property(r => r.ProposedByName).HasMaxLength(100);
        builder.Property(r => r.ConfirmedByName).HasMaxLength(100);
        builder.Property(r => r.WithdrawnByName).HasMaxLength(100);
        builder.Property(r => r.WithdrawalReason).HasMaxLength(Recommendation.MaxTextLength);
        builder.Property(r => r.SnapshotSha256).HasMaxLength(64);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.CanChange);
        builder.Ignore(r => r.IsExported);
        builder.Ignore(r => r.AwaitsExport);
        builder.Ignore(r => r.Frozen);
        builder.Ignore(r => r.Summary);

        // The judgements and moderation's returns are read and written whole with the recommendation (ADR-005).
        builder.OwnsMany(r => r.Judgements, j =>
        {
            j.ToJson("Judgements");
            j.Ignore(x => x.IsMet);
            j.Ignore(x => x.CitedRecordIds);
            j.Ignore(x => x.CitedEvidenceIds);
        });
        builder.Navigation(r => r.Judgements).HasField("_judgements");
        builder.OwnsMany(r => r.Returns, r => r.ToJson("Returns"));
        builder.Navigation(r => r.Returns).HasField("_returns");

        // The moderation queue and the exports read by status.
        builder.HasIndex(r => new { r.CandidateId, r.Status });
        builder.HasIndex(r => new { r.Status, r.ExportId });
        builder.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }
}
