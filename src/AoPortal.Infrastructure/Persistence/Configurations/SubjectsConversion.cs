using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AoPortal.Infrastructure.Persistence.Configurations;

/// <summary>A list of subjects (at most three short names) stored as one column, one subject per line.</summary>
internal static class SubjectsConversion
{
    public static PropertyBuilder<IReadOnlyList<string>> StoredAsLines(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property
            .HasField("_subjects")
            .HasConversion(
                subjects => string.Join('\n', subjects),
                text => text.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                new ValueComparer<IReadOnlyList<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.GetHashCode())),
                    list => list.ToArray()))
            .HasMaxLength(400);
}
