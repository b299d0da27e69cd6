using AoPortal.Application.Abstractions;
using AoPortal.Infrastructure.Reminders;
using AoPortal.Infrastructure.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AoPortal.Infrastructure.Tests.Reminders;

/// <summary>The daily run happens once a day from the configured time, on one instance at a time, and survives a crash.</summary>
public sealed class DailyReminderLeaseTests : IDisposable
{
    private readonly ReminderHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task Before_the_configured_time_the_job_does_not_run_and_from_it_runs_once_that_day()
    {
        _harness.SetUkTime(2026, 11, 23, 6, 59);
        Assert.Null(await _harness.Job.RunIfDueAsync(CancellationToken.None));

        _harness.SetUkTime(2026, 11, 23, 7, 0);
        Assert.Equal(0, await _harness.Job.RunIfDueAsync(CancellationToken.None));
        _harness.SetUkTime(2026, 11, 23, 15, 0);
        Assert.Null(await _harness.Job.RunIfDueAsync(CancellationToken.None));

        _harness.SetUkTime(2026, 11, 24, 7, 1);
        Assert.Equal(0, await _harness.Job.RunIfDueAsync(CancellationToken.None));
        await using var db = _harness.NewContext();
        var job = await db.ScheduledJobs.SingleAsync();
        Assert.Equal((new DateOnly(2026, 11, 24), (Guid?)null), (job.LastCompletedOn, job.LeaseHolder));
    }

    [Fact]
    public async Task Of_several_instances_looking_at_once_only_one_runs_the_day()
    {
        _harness.SetUkTime(2026, 11, 23, 8, 0);
        var instances = Enumerable.Range(0, 4).Select(_ => _harness.NewInstance().GetRequiredService<DailyReminders>()).ToList();

        var results = await Task.WhenAll(instances.Select(i => Task.Run(() => i.RunIfDueAsync(CancellationToken.None))));

        Assert.Single(results, r => r is not null);
    }

    [Fact]
    public async Task A_live_lease_keeps_others_out_and_a_lapsed_one_is_taken_over()
    {
        _harness.SetUkTime(2026, 11, 23, 8, 0);
        var today = new DateOnly(2026, 11, 23);
        await using (var scope = _harness.Services.CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<DailyJobLease>().TryTakeAsync(DailyReminders.JobName, today, _harness.Options.Lease, CancellationToken.None));

        Assert.Null(await _harness.NewInstance().GetRequiredService<DailyReminders>().RunIfDueAsync(CancellationToken.None));

        _harness.Clock.Advance(_harness.Options.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _harness.NewInstance().GetRequiredService<DailyReminders>().RunIfDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_instance_that_died_after_queuing_leaves_nothing_to_send_twice_when_another_takes_the_day_over()
    {
        _harness.SetUkTime(2026, 11, 23, 8, 0);
        var today = new DateOnly(2026, 11, 23);
        var person = await _harness.UserAsync();
        var reminder = new Reminder(person, "milestone-overdue:m1:2026-11-23", "Overdue: Initial meeting", "Mark it done.", "/candidates/c1/assessment");

        // The first instance takes the day, queues its reminders, and dies before marking the day done.
        await using (var scope = _harness.Services.CreateAsyncScope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<DailyJobLease>().TryTakeAsync(DailyReminders.JobName, today, _harness.Options.Lease, CancellationToken.None));
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IReminderQueue>().QueueAsync([reminder], CancellationToken.None));
        }

        // Once its lease lapses another instance runs the day again and queues the same reminders: none is new.
        _harness.Clock.Advance(_harness.Options.Lease + TimeSpan.FromSeconds(1));
        await using (var scope = _harness.NewInstance().CreateAsyncScope())
        {
            var lease = scope.ServiceProvider.GetRequiredService<DailyJobLease>();
            var holder = await lease.TryTakeAsync(DailyReminders.JobName, today, _harness.Options.Lease, CancellationToken.None);
            Assert.NotNull(holder);
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<IReminderQueue>().QueueAsync([reminder], CancellationToken.None));
            Assert.True(await lease.CompleteAsync(DailyReminders.JobName, holder.Value, today, CancellationToken.None));
        }

        await using var db = _harness.NewContext();
        Assert.Equal(1, await db.Notifications.CountAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task A_holder_whose_lease_was_taken_over_cannot_mark_the_day_done()
    {
        _harness.SetUkTime(2026, 11, 23, 8, 0);
        var today = new DateOnly(2026, 11, 23);
        await using var scope = _harness.Services.CreateAsyncScope();
        var lease = scope.ServiceProvider.GetRequiredService<DailyJobLease>();
        var slow = await lease.TryTakeAsync(DailyReminders.JobName, today, _harness.Options.Lease, CancellationToken.None);
        _harness.Clock.Advance(_harness.Options.Lease + TimeSpan.FromSeconds(1));
        var other = await lease.TryTakeAsync(DailyReminders.JobName, today, _harness.Options.Lease, CancellationToken.None);

        Assert.False(await lease.CompleteAsync(DailyReminders.JobName, slow!.Value, today, CancellationToken.None));
        Assert.True(await lease.CompleteAsync(DailyReminders.JobName, other!.Value, today, CancellationToken.None));
    }

    [Fact]
    public async Task A_run_that_fails_gives_the_lease_back_so_the_next_look_runs_the_day()
    {
        _harness.SetUkTime(2026, 11, 23, 8, 0);
        var failing = _harness.NewInstance(s => s.AddScoped<IReminderQueue, FailingQueue>()).GetRequiredService<DailyReminders>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => failing.RunIfDueAsync(CancellationToken.None));

        Assert.Equal(0, await _harness.Job.RunIfDueAsync(CancellationToken.None));
    }

    private sealed class FailingQueue : IReminderQueue
    {
        public Task<int> QueueAsync(IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The database went away.");
    }
}
