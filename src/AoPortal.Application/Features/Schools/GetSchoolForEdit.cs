using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Schools;

/// <summary>The school's current details, as the edit form starts them.</summary>
public static class GetSchoolForEdit
{
    public sealed class Handler(IAppDbContext db)
    {
        public async Task<SaveSchool.Command> Handle(Guid id, CancellationToken cancellationToken) =>
            await db.Schools.AsNoTracking()
                .Where(s => s.Id == id)
                .Select(s => new SaveSchool.Command
                {
                    Id = s.Id,
                    Version = s.Version,
                    Urn = s.Urn,
                    Name = s.Name,
                    Phase = s.Phase,
                    LocalAuthority = s.LocalAuthority,
                    Postcode = s.Postcode,
                    Country = s.Country,
                })
                .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The school");
    }
}
