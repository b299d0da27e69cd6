using AoPortal.Domain.Candidates;
using AoPortal.Domain.Eligibility;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class EligibilityPolicyConfiguration : IEntityTypeConfiguration<EligibilityPolicy>
{
    /// <summary>When version 1, DfE's published criteria, was written into the migrations.</summary>
    private static readonly DateTime DefaultPolicyDate = new(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);

    public void Configure(EntityTypeBuilder<EligibilityPolicy> builder)
    {
        builder.ToTable("EligibilityPolicies");
        builder.HasKey(p => p.Version);
        builder.Property(p => p.Version).ValueGeneratedNever();
        builder.Property(p => p.MinimumYearsOfTeaching).HasPrecision(4, 2);
        builder.Property(p => p.DiscretionAllowed)
            .HasField("_discretionAllowed")
            .HasConversion(
                list => string.Join(',', list),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<EligibilityRequirement>).ToList(),
                new ValueComparer<IReadOnlyList<EligibilityRequirement>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, r) => HashCode.Combine(hash, r)),
                    list => list.ToList()))
            .HasMaxLength(500);
        builder.Property(p => p.OfferedAgeRanges)
            .HasField("_offeredAgeRanges")
            .HasConversion(
                list => string.Join(',', list.Select(r => r.Code)),
                text => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(AgeRange.Parse).ToList(),
                new ValueComparer<IReadOnlyList<AgeRange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, r) => HashCode.Combine(hash, r)),
                    list => list.ToList()))
            .HasMaxLength(500);
        builder.Property(p => p.PublishedByName).HasMaxLength(100);
        builder.Property(p => p.ChangeReason).HasMaxLength(1000);

        var initial = EligibilityPolicy.Default(DefaultPolicyDate);
        builder.HasData(new
        {
            initial.Version,
            initial.MinimumYearsOfTeaching,
            initial.MinimumSettings,
            initial.RequireConsecutiveKeyStages,
            initial.RequireScienceForPrimary,
            DiscretionAllowed = initial.DiscretionAllowed,
            OfferedAgeRanges = initial.OfferedAgeRanges,
            initial.CreatedAt,
        });
    }
}
