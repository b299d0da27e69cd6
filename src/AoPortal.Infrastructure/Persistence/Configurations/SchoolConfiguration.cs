using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Schools");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Urn).HasMaxLength(6);
        builder.HasIndex(s => s.Urn).IsUnique();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.HasIndex(s => s.Name);
        builder.Property(s => s.LocalAuthority).HasMaxLength(100);
        builder.Property(s => s.Postcode).HasMaxLength(20);
        builder.Property(s => s.Country).HasMaxLength(100);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.IsInEngland);
    }
}
