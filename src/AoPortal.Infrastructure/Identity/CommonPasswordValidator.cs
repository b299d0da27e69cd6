using Microsoft.AspNetCore.Identity;

namespace AoPortal.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that are common (NCSC guidance: length and a block list rather than composition rules):
/// a listed password or stem, on its own or followed only by digits and symbols ("Welcome2026!"),
/// one character repeated, or the account's own email address.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private const string ResourceName = "AoPortal.Infrastructure.Identity.common-passwords.txt";
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IsCommon(password, user.Email)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is harder to guess: this one is too common",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? email)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (lower.Distinct().Count() == 1) return true;
        if (email is not null && lower.Contains(email.ToLowerInvariant(), StringComparison.Ordinal)) return true;
        var stem = WithoutTrailingDigitsAndSymbols(lower);
        return Common.Value.Contains(lower) || Common.Value.Contains(stem);
    }

    private static string WithoutTrailingDigitsAndSymbols(string value)
    {
        var end = value.Length;
        while (end > 0 && !char.IsLetter(value[end - 1])) end--;
        return value[..end];
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#')) words.Add(line.Trim());
        }

        return words;
    }
}
