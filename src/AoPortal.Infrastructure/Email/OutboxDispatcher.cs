using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// Every Outbox:PollSeconds, sends the outbox messages that are due: those whose immediate delivery failed, once their
/// backoff has passed, and those a stopped instance left claimed, once their lease has run out. Safe with several
/// instances: each message is claimed by one atomic update (<see cref="EmailOutbox"/>).
/// </summary>
public sealed class OutboxDispatcher(EmailOutbox outbox, OutboxOptions options, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.PollSeconds <= 0)
        {
            logger.LogWarning("The outbox dispatcher is off (Outbox:PollSeconds is {PollSeconds}); failed emails are not retried", options.PollSeconds);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.PollSeconds));
        try
        {
            do
            {
                try
                {
                    var sent = await outbox.DispatchDueAsync(stoppingToken);
                    if (sent > 0) logger.LogInformation("The outbox dispatcher sent {Count} queued emails", sent);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Sending queued emails failed; trying again at the next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: a message being sent keeps its claim until the lease runs out, then another instance sends it.
        }
    }
}
