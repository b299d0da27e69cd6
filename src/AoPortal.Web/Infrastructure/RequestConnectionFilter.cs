using AoPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// One database connection for a whole request: opened before the action and closed once its page is rendered, rather
/// than opened and closed around each of the page's queries. Each opening of a SQLite connection takes the connection
/// pool's lock and registers EF's functions on it again, which on a page of several queries came to about a tenth of its
/// processor time (docs/performance.md). Between statements the connection holds no lock and no snapshot, so keeping it
/// open for the request blocks no one.
/// </summary>
public sealed class RequestConnectionFilter(AoPortalDbContext db) : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        await db.Database.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            await next();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
