using AoPortal.Infrastructure.Scheduling;
using Microsoft.Extensions.Logging;

namespace AoPortal.Infrastructure.Reminders;

/// <summary>Looks every Reminders:CheckEverySeconds whether the day's reminders are due (<see cref="DailyReminders"/>).</summary>
public sealed class DailyReminderService(DailyReminders reminders, ReminderOptions options, ILogger<DailyReminderService> logger) : PeriodicWork(logger)
{
    protected override TimeSpan? Interval => Seconds(options.CheckEverySeconds);

    protected override string OffMessage => $"Reminders:CheckEverySeconds is {options.CheckEverySeconds}, so no reminders are sent";

    protected override Task RunOnceAsync(CancellationToken stoppingToken) => reminders.RunIfDueAsync(stoppingToken);
}
