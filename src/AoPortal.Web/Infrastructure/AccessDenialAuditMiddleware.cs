using AoPortal.Application.Abstractions;
using AoPortal.Application.Features.Users;
using Microsoft.AspNetCore.Diagnostics;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Audits every request refused to a signed-in person (a 403, from a role policy or a record-level check), once: the
/// error page the status-code middleware then shows is a re-execution of the same request and is not audited again.
/// The audit's services are asked for only on a refusal, not built for every request.
/// </summary>
public sealed class AccessDenialAuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Response.StatusCode != StatusCodes.Status403Forbidden || context.Features.Get<IStatusCodeReExecuteFeature>() is not null) return;
        var currentUser = context.RequestServices.GetRequiredService<ICurrentUser>();
        if (currentUser.UserId is null) return;
        await context.RequestServices.GetRequiredService<SecurityAudit.Handler>()
            .AccessDeniedAsync(currentUser.Actor, context.Request.Method, context.Request.Path, CancellationToken.None);
    }
}
