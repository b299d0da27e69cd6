using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Application.Features.Notifications;
using AoPortal.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Reminders;

/// <summary>
/// One look at the clock by the daily reminder job: once the UK time has passed <see cref="ReminderOptions.DailyAt"/> and
/// the day's reminders are not done, take the day's lease (so only one instance works on it), work out the reminders due,
/// queue them, and mark the day done. A run that fails gives the lease back and is tried again at the next look.
/// </summary>
public sealed class DailyReminders(IServiceScopeFactory scopes, ReminderOptions options, TimeProvider clock, ILogger<DailyReminders> logger)
{
    public const string JobName = "daily-reminders";

    /// <summary>Runs the day's reminders if they are due and nobody else is running them. Returns how many were queued, or null if it did not run.</summary>
    public async Task<int?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var now = UkDate.Now(clock);
        if (TimeOnly.FromDateTime(now) < options.Time) return null;
        var today = DateOnly.FromDateTime(now);

        await using var scope = scopes.CreateAsyncScope();
        var lease = scope.ServiceProvider.GetRequiredService<DailyJobLease>();
        if (await lease.TryTakeAsync(JobName, today, options.Lease, cancellationToken) is not { } holder) return null;
        try
        {
            var due = await scope.ServiceProvider.GetRequiredService<DueReminders.Handler>().Handle(today, cancellationToken);
            var queued = await scope.ServiceProvider.GetRequiredService<IReminderQueue>().QueueAsync(due, cancellationToken);
            if (!await lease.CompleteAsync(JobName, holder, today, CancellationToken.None))
                logger.LogWarning("The daily reminders for {Day} took longer than their lease; another instance may have run them too (nothing is queued twice)", today);
            logger.LogInformation("Daily reminders for {Day}: {Due} due, {Queued} new", today, due.Count, queued);
            return queued;
        }
        catch
        {
            await lease.ReleaseAsync(JobName, holder, CancellationToken.None);
            throw;
        }
    }
}
