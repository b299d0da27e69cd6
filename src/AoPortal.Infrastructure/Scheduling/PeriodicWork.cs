using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Scheduling;

/// <summary>
/// A background service that does a piece of work at once and then every <see cref="Interval"/>, until the app stops.
/// A failed round is logged and the next one tries again; an interval of zero or less turns the service off, with a
/// warning. The outbox dispatcher and the daily reminders run this way.
/// </summary>
public abstract class PeriodicWork(ILogger logger) : BackgroundService
{
    /// <summary>Time between rounds; null (from a setting of 0 or less) turns the work off.</summary>
    protected abstract TimeSpan? Interval { get; }

    /// <summary>What the warning says when the work is off, naming the setting that turned it off.</summary>
    protected abstract string OffMessage { get; }

    protected abstract Task RunOnceAsync(CancellationToken stoppingToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interval is not { } interval)
        {
            logger.LogWarning("{Work} is off: {Reason}", GetType().Name, OffMessage);
            return;
        }

        using var timer = new PeriodicTimer(interval);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "{Work} failed; trying again at the next round", GetType().Name);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping. Work cut short holds a lease (an email's claim, the day's reminders) that lapses, so another
            // round, here after a restart or on another instance, finishes it.
        }
    }

    protected static TimeSpan? Seconds(int seconds) => seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
}
