using AoPortal.Application.Features.Evidence;

namespace AoPortal.Web.Infrastructure;

/// <summary>Every Evidence:RescanMinutes, scans again the evidence files whose scan could not run (<see cref="RescanPendingEvidence"/>).</summary>
public sealed class EvidenceRescanService(IServiceScopeFactory scopes, EvidenceUploadOptions options, ILogger<EvidenceRescanService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.RescanMinutes)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var rescanned = await scope.ServiceProvider.GetRequiredService<RescanPendingEvidence.Handler>().Handle(stoppingToken);
                if (rescanned > 0) logger.LogInformation("Rescanned the pending files of {Count} evidence items", rescanned);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Rescanning pending evidence files failed; trying again at the next tick");
            }
        }
    }
}
