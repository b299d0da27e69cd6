using AoPortal.Infrastructure.Identity;

namespace AoPortal.Application.Tests.Support;

/// <summary>Sign-in accounts for provider staff, for candidates to be allocated to (the assessor is a foreign key).</summary>
public static class StaffAccounts
{
    public static async Task<Guid> CreateAsync(SqliteTestDatabase database, string name = "Sam Assessor")
    {
        var id = Guid.NewGuid();
        var email = $"staff-{id:N}@example.com";
        await using var db = database.NewContext();
        db.Users.Add(new ApplicationUser
        {
            Id = id,
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            DisplayName = name,
            CreatedAt = FakeTimeProvider.DefaultNow.UtcDateTime,
        });
        await db.SaveChangesAsync();
        return id;
    }
}
