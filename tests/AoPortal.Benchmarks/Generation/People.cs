using System.Globalization;
using AoPortal.Domain.Common;
using AoPortal.Domain.Schools;
using AoPortal.Domain.Users;
using AoPortal.Infrastructure.Identity;
using Bogus;
using Microsoft.AspNetCore.Identity;

namespace AoPortal.Benchmarks.Generation;

/// <summary>A generated account, as the audit trail names it.</summary>
public sealed record Person(Guid Id, string Name)
{
    public Actor Actor => new(Id, Name);
}

/// <summary>A school and its school lead.</summary>
public sealed record SchoolWithLead(School School, Person Lead);

/// <summary>
/// Makes sign-in accounts straight in the context, as the test builders do (an <see cref="ApplicationUser"/> row and its
/// role rows), with ids and stamps from the seeded random. Every account shares one password hash, computed once.
/// </summary>
public sealed class Accounts(Faker faker, string password)
{
    private readonly string _passwordHash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), password);

    public Person Add(List<object> sink, string name, string email, DateTime createdAt, Guid? schoolId, params PortalRole[] roles)
    {
        var id = faker.Random.Guid();
        var normalised = email.ToUpperInvariant();
        sink.Add(new ApplicationUser
        {
            Id = id,
            UserName = email,
            NormalizedUserName = normalised,
            Email = email,
            NormalizedEmail = normalised,
            EmailConfirmed = true,
            DisplayName = name,
            SchoolId = schoolId,
            CreatedAt = createdAt,
            PasswordHash = _passwordHash,
            SecurityStamp = Convert.ToHexString(faker.Random.Bytes(16)),
            ConcurrencyStamp = faker.Random.Guid().ToString(),
            LockoutEnabled = true,
        });
        foreach (var role in roles)
            sink.Add(new IdentityUserRole<Guid> { UserId = id, RoleId = PortalRoleNames.RoleIds[role] });
        return new Person(id, name);
    }

    /// <summary>The local part of an email address from a name: ASCII letters only, lower case.</summary>
    public static string Slug(string name)
    {
        var letters = name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetter).ToArray();
        return letters.Length == 0 ? "x" : new string(letters).ToLower(CultureInfo.InvariantCulture);
    }
}
