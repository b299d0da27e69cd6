using AoPortal.Infrastructure.Identity;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Builds invitation links from Portal:PublicBaseUrl when set (behind a proxy), otherwise from the current request.
/// </summary>
public sealed class SetPasswordLinks(LinkGenerator links, IHttpContextAccessor accessor, IConfiguration configuration) : ISetPasswordLinks
{
    public string Build(Guid userId, string token)
    {
        var values = new { userId, token };
        var baseUrl = configuration["Portal:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            var path = links.GetPathByAction("SetPassword", "Account", values)!;
            return new Uri(new Uri(baseUrl), path).ToString();
        }

        var context = accessor.HttpContext ?? throw new InvalidOperationException("Set Portal:PublicBaseUrl to send invitations outside a web request.");
        return links.GetUriByAction(context, "SetPassword", "Account", values)!;
    }
}
