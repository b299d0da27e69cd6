using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AoPortal.Infrastructure.Persistence;

/// <summary>
/// Stores times as UTC and reads them back marked as UTC (SQLite and SQL Server both drop the kind).
/// A time of unspecified kind is taken to be UTC already, never the server's local time.
/// </summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
