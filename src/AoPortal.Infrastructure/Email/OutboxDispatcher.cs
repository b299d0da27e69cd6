using AoPortal.Infrastructure.Scheduling;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Email;

/// <summary>
/// Every Outbox:PollSeconds, sends the outbox messages that are due: those whose immediate delivery failed, once their
/// backoff has passed, and those a stopped instance left claimed, once their lease has run out. Safe with several
/// instances: each message is claimed by one atomic update (<see cref="EmailOutbox"/>).
/// </summary>
public sealed class OutboxDispatcher(EmailOutbox outbox, OutboxOptions options, ILogger<OutboxDispatcher> logger) : PeriodicWork(logger)
{
    protected override TimeSpan? Interval => Seconds(options.PollSeconds);

    protected override string OffMessage => $"Outbox:PollSeconds is {options.PollSeconds}, so failed emails are not retried";

    protected override async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        var sent = await outbox.DispatchDueAsync(stoppingToken);
        if (sent > 0) logger.LogInformation("The outbox dispatcher sent {Count} queued emails", sent);
    }
}
