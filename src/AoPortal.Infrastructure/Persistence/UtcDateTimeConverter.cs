using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>Reads stored times back as UTC (SQLite and SQL Server both drop the kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
