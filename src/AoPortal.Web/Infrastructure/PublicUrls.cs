namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Absolute addresses for links sent by email: from Portal:PublicBaseUrl when set (behind a proxy), otherwise from the current request.
/// </summary>
public sealed class PublicUrls(LinkGenerator links, IHttpContextAccessor accessor, IConfiguration configuration)
{
    public string ForAction(string action, string controller, object values)
    {
        var baseUrl = configuration["Portal:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            var path = links.GetPathByAction(action, controller, values)!;
            return new Uri(new Uri(baseUrl), path).ToString();
        }

        var context = accessor.HttpContext ?? throw new InvalidOperationException("Set Portal:PublicBaseUrl to send links outside a web request.");
        return links.GetUriByAction(context, action, controller, values)!;
    }
}
