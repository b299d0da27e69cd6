namespace AoPortal.Application.Abstractions;

/// <summary>What a prospective candidate entered to register, carried inside their confirmation link until they follow it.</summary>
public sealed record RegistrationRequest(string FirstNames, string LastName, string Email);

/// <summary>
/// Confirmation links for self-registration. The registration travels inside the link, tamper-proof and time-limited,
/// so nothing is stored for an address until its owner follows the link (the web layer knows the routes and the keys).
/// </summary>
public interface IRegistrationLinks
{
    /// <summary>How long a link works for.</summary>
    TimeSpan Lifetime { get; }

    /// <summary>The absolute address of the page that completes the registration.</summary>
    string Build(RegistrationRequest registration);

    /// <summary>The registration inside a token, or null when the token is missing, altered or expired.</summary>
    RegistrationRequest? Read(string? token);
}
