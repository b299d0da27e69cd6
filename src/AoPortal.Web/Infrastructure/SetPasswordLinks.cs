using AoPortal.Infrastructure.Identity;

namespace AoPortal.Web.Infrastructure;

/// <summary>Invitation links to the set-password page.</summary>
public sealed class SetPasswordLinks(PublicUrls urls) : ISetPasswordLinks
{
    public string Build(Guid userId, string token) => urls.ForAction("SetPassword", "Account", new { userId, token });
}
