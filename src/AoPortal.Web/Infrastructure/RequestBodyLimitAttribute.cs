using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Caps an upload action's request at the files its configuration allows plus room for the rest of the form, before the
/// body is read, so a huge request is refused early and raising the configured limit is the only change a deployment
/// makes. Every other request keeps Kestrel's default limit.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public abstract class RequestBodyLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the files.</summary>
    public const long FormAllowanceBytes = 1024 * 1024;

    /// <summary>Before the antiforgery check, which reads the form (ASP.NET's own [RequestFormLimits] uses the same order).</summary>
    public int Order => 900;

    /// <summary>The most the action's files may add up to, from configuration.</summary>
    protected abstract long FileBytes(IServiceProvider services);

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var limit = FileBytes(http.RequestServices) + FormAllowanceBytes;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = limit;
        // As [RequestFormLimits] does: a form feature with our limit, set before anything reads the form.
        if (http.Request.HasFormContentType && http.Features.Get<IFormFeature>() is not { Form: not null })
            http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
    }
}
