using AoPortal.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Record-level refusals from the use cases: a record that does not exist, or that the person may not see, is a 404 page;
/// one they may see but not change in this way is a 403 page.
/// </summary>
public sealed class RecordAccessExceptionFilter(ILogger<RecordAccessExceptionFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        switch (context.Exception)
        {
            case NotFoundException:
                context.Result = new NotFoundResult();
                break;
            case ForbiddenException refused:
                logger.LogWarning("Refused {Path}: {Reason}", context.HttpContext.Request.Path, refused.Message);
                context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
                break;
            default:
                return;
        }

        context.ExceptionHandled = true;
    }
}
