using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AoPortal.Infrastructure.Identity;

/// <summary>
/// Makes the set-password links in invitations. A link carries the account's security stamp, which changes
/// when the password is set, so each link works once; it lasts <see cref="Lifespan"/>.
/// </summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<InvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "Invitation";
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(7);
}
