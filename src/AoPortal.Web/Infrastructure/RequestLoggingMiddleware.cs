using System.Diagnostics;
using System.Security.Claims;

namespace AoPortal.Web.Infrastructure;

/// <summary>One log line per request: method, path, status, elapsed time and the user's id (never their name or email).</summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var status = StatusCodes.Status500InternalServerError;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            // With requests not logged (a Warning minimum level), no claim is looked up and nothing is formatted or boxed.
            if (logger.IsEnabled(LogLevel.Information))
            {
                Responded(context.Request.Method, context.Request.Path.Value, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                    context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms for user {UserId}")]
    private partial void Responded(string method, string? path, int statusCode, double elapsedMs, string userId);
}
