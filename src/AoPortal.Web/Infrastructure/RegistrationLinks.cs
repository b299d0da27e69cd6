using System.Security.Cryptography;
using System.Text.Json;
using AoPortal.Application.Abstractions;
using Microsoft.AspNetCore.DataProtection;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Registration confirmation links: the registration and its expiry, encrypted and signed with the app's data-protection
/// keys, so a link cannot be read, altered or used late. The expiry is checked against the portal's clock.
/// </summary>
public sealed class RegistrationLinks(IDataProtectionProvider protection, PublicUrls urls, TimeProvider clock) : IRegistrationLinks
{
    private readonly IDataProtector _protector = protection.CreateProtector("AoPortal.Registration.v1");

    public TimeSpan Lifetime => TimeSpan.FromHours(24);

    public string Build(RegistrationRequest registration)
    {
        var token = _protector.Protect(JsonSerializer.Serialize(new Payload(registration, clock.GetUtcNow() + Lifetime)));
        return urls.ForAction("Confirm", "Registration", new { token });
    }

    public RegistrationRequest? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(_protector.Unprotect(token));
            return payload is not null && payload.Expires > clock.GetUtcNow() ? payload.Registration : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private sealed record Payload(RegistrationRequest Registration, DateTimeOffset Expires);
}
