using AoPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Infrastructure.Tests;

/// <summary>Enums are stored by name everywhere, in columns and inside JSON documents, so reordering one never corrupts data.</summary>
public sealed class EnumStorageTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.AllProviders), MemberType = typeof(TestDatabases))]
    public void Every_enum_property_is_stored_as_text(DatabaseProvider provider)
    {
        using var context = TestDatabases.CreateOffline(provider);

        var enums = context.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Select(p => (Type: t.DisplayName(), Property: p)))
            .Where(x => (Nullable.GetUnderlyingType(x.Property.ClrType) ?? x.Property.ClrType).IsEnum)
            .ToList();
        var stored = enums.Where(x => x.Property.GetProviderClrType() != typeof(string)).Select(x => $"{x.Type}.{x.Property.Name}").ToList();

        Assert.True(enums.Count > 10, "The check found the model's enums");
        Assert.Contains(enums, x => x.Property.Name == "YearGroup");
        Assert.True(stored.Count == 0, "Stored as numbers: " + string.Join(", ", stored));
    }
}
