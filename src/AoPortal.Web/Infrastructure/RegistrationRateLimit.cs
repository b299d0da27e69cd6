using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AoPortal.Web.Infrastructure;

/// <summary>
/// Limits how often one address (IP) may ask for registration emails, so the form cannot be used to flood inboxes.
/// Configured by Registration:PermitLimit (default 5) per Registration:WindowMinutes (default 15).
/// Behind a proxy, configure forwarded headers so the limit applies to the client's address, not the proxy's.
/// </summary>
public static class RegistrationRateLimit
{
    public const string PolicyName = "registration";

    public static IServiceCollection AddRegistrationRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Registration:PermitLimit", 5);
        var window = TimeSpan.FromMinutes(configuration.GetValue("Registration:WindowMinutes", 15));
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
        });
    }
}
