using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class AssessmentPlanConfiguration : IEntityTypeConfiguration<AssessmentPlan>
{
    public void Configure(EntityTypeBuilder<AssessmentPlan> builder)
    {
        builder.ToTable("AssessmentPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.AgeRange).HasConversion(AgeRangeConverter.Instance).HasMaxLength(5);
        builder.Property(p => p.Subjects)
            .StoredAsLines();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Phase);
        builder.Ignore(p => p.Weeks);
        builder.Ignore(p => p.OpenDeferral);
        builder.Ignore(p => p.IsDeferred);
        builder.Ignore(p => p.NextMilestone);

        // The plan's parts are read and written whole with it: JSON, like the application (ADR-005).
        builder.OwnsMany(p => p.Milestones, m =>
        {
            m.ToJson("Milestones");
            m.Ignore(x => x.IsDone);
        });
        builder.Navigation(p => p.Milestones).HasField("_milestones");
        builder.OwnsMany(p => p.Extensions, e => e.ToJson("Extensions"));
        builder.Navigation(p => p.Extensions).HasField("_extensions");
        builder.OwnsMany(p => p.Deferrals, d =>
        {
            d.ToJson("Deferrals");
            d.Ignore(x => x.DaysPaused);
        });
        builder.Navigation(p => p.Deferrals).HasField("_deferrals");

        // One plan per candidate; the candidate's record is never deleted out from under it.
        builder.HasIndex(p => p.CandidateId).IsUnique();
        builder.HasOne<Candidate>().WithMany().HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Restrict);
    }
}
