using System.Text.Json;
using AoPortal.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class PlanTemplateConfiguration : IEntityTypeConfiguration<PlanTemplate>
{
    /// <summary>When version 1, the typical plan in DOMAIN.md, was written into the migrations.</summary>
    private static readonly DateTime DefaultTemplateDate = new(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);

    private static readonly JsonSerializerOptions Json = new() { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public void Configure(EntityTypeBuilder<PlanTemplate> builder)
    {
        builder.ToTable("PlanTemplates");
        builder.HasKey(t => t.Version);
        builder.Property(t => t.Version).ValueGeneratedNever();
        // A plain JSON text column rather than an owned JSON type, so version 1 can be seeded with HasData. No maximum
        // length: admins publish templates of up to PlanTemplate.MostMilestones milestones with titles of up to 100
        // characters, and the serializer escapes characters such as ’ and é as six (\u2019), so no fixed length would
        // hold every template the domain allows (SQL Server would refuse the insert, SQLite would not).
        builder.Property(t => t.Milestones)
            .HasField("_milestones")
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                text => JsonSerializer.Deserialize<List<MilestoneTemplate>>(text, Json)!,
                new ValueComparer<IReadOnlyList<MilestoneTemplate>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, m) => HashCode.Combine(hash, m)),
                    list => list.ToList()));
        builder.Property(t => t.PublishedByName).HasMaxLength(100);
        builder.Property(t => t.ChangeReason).HasMaxLength(1000);

        var initial = PlanTemplate.Default(DefaultTemplateDate);
        builder.HasData(new
        {
            initial.Version,
            initial.LengthWeeks,
            initial.MaxExtensionWeeks,
            initial.MaxDeferralDays,
            Milestones = initial.Milestones,
            initial.CreatedAt,
        });
    }
}
