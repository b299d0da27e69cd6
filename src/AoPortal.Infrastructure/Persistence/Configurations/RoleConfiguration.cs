using AoPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

/// <summary>The portal's roles are reference data, created by the migrations.</summary>
public sealed class RoleConfiguration : IEntityTypeConfiguration<IdentityRole<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityRole<Guid>> builder) =>
        builder.HasData(PortalRoleNames.RoleIds.Select(pair => new IdentityRole<Guid>
        {
            Id = pair.Value,
            Name = PortalRoleNames.Name(pair.Key),
            NormalizedName = PortalRoleNames.Name(pair.Key).ToUpperInvariant(),
            ConcurrencyStamp = pair.Value.ToString(),
        }));
}
