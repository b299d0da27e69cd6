using AoPortal.Domain.Candidates;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace AoPortal.Infrastructure.Persistence.Configurations;

/// <summary>Stores an age range as its code, "11-16". EF applies it to nullable properties too, storing null as null.</summary>
public sealed class AgeRangeConverter() : ValueConverter<AgeRange, string>(range => range.Code, code => AgeRange.Parse(code))
{
    public static readonly AgeRangeConverter Instance = new();
}
