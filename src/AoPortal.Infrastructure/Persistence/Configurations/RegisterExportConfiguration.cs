using AoPortal.Domain.Recommendations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class RegisterExportConfiguration : IEntityTypeConfiguration<RegisterExport>
{
    public void Configure(EntityTypeBuilder<RegisterExport> builder)
    {
        builder.ToTable("RegisterExports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.CreatedByName).HasMaxLength(100);
        builder.Ignore(e => e.ExportedCount);
        builder.Ignore(e => e.FileName);
        builder.OwnsMany(e => e.Candidates, c => c.ToJson("Candidates"));
        builder.Navigation(e => e.Candidates).HasField("_candidates");

        // Numbers are handed out one after another; two admins exporting at once cannot both get the same one.
        builder.HasIndex(e => e.Number).IsUnique();
    }
}
