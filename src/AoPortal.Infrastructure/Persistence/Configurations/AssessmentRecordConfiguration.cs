using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class AssessmentRecordConfiguration : IEntityTypeConfiguration<AssessmentRecord>
{
    public void Configure(EntityTypeBuilder<AssessmentRecord> builder)
    {
        builder.ToTable("AssessmentRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RecordedByName).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Name);

        // What was observed or discussed, and each amendment's copy of what it replaced: JSON documents (ADR-005).
        builder.OwnsOne(r => r.Content, content =>
        {
            content.ToJson("Content");
            MapContent(content);
        });
        builder.OwnsMany(r => r.Amendments, amendment =>
        {
            amendment.ToJson("Amendments");
            amendment.OwnsOne(a => a.Previous, MapContent);
        });

        builder.HasIndex(r => new { r.CandidateId, r.Status });
        builder.HasOne<Candidate>().WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }

    private static void MapContent<TOwner>(OwnedNavigationBuilder<TOwner, RecordContent> content) where TOwner : class
    {
        content.OwnsOne(c => c.Lesson);
        content.OwnsMany(c => c.Standards, s => s.Ignore(j => j.PointList));
        content.Ignore(c => c.TopicList);
    }
}
