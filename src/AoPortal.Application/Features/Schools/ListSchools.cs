using AoPortal.Application.Abstractions;
using AoPortal.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Schools;

/// <summary>Every school, by name, with how many candidates each employs. One query.</summary>
public static class ListSchools
{
    public sealed record Item(Guid Id, string? Urn, string Name, SchoolPhase Phase, string? LocalAuthority, string? Postcode, string Country, int CandidateCount);

    public sealed class Handler(IAppDbContext db)
    {
        public async Task<IReadOnlyList<Item>> Handle(CancellationToken cancellationToken) =>
            await db.Schools.AsNoTracking()
                .OrderBy(s => s.Name)
                .Select(s => new Item(s.Id, s.Urn, s.Name, s.Phase, s.LocalAuthority, s.Postcode, s.Country,
                    db.Candidates.Count(c => c.EmployingSchoolId == s.Id)))
                .ToListAsync(cancellationToken);
    }
}
