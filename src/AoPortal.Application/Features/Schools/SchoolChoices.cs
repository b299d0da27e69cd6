using AoPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Schools;

/// <summary>Schools to choose from in a form, by name.</summary>
public static class SchoolChoices
{
    public sealed record Choice(Guid Id, string Name, string? Urn);

    public sealed class Handler(IAppDbContext db)
    {
        public async Task<IReadOnlyList<Choice>> Handle(CancellationToken cancellationToken) =>
            await db.Schools.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id, s.Name, s.Urn)).ToListAsync(cancellationToken);
    }
}
