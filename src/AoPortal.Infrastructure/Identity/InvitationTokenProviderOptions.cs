using Microsoft.AspNetCore.Identity;

namespace AoPortal.Infrastructure.Identity;

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public InvitationTokenProviderOptions()
    {
        Name = InvitationTokenProvider.ProviderName;
        TokenLifespan = InvitationTokenProvider.Lifespan;
    }
}
