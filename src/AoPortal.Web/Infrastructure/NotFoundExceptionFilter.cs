using AoPortal.Application.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace AoPortal.Web.Infrastructure;

/// <summary>A record that does not exist, or that the person may not see, is a 404 page.</summary>
public sealed class NotFoundExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not NotFoundException) return;
        context.Result = new NotFoundResult();
        context.ExceptionHandled = true;
    }
}
