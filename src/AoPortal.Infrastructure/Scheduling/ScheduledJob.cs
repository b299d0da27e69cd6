namespace AoPortal.Infrastructure.Scheduling;

/// <summary>
/// One job that runs once a day, shared by every instance of the portal: the day it last finished, and the lease of the
/// instance running it now. <see cref="DailyJobLease"/> changes it only with atomic conditional UPDATEs.
/// </summary>
public sealed class ScheduledJob
{
    public const int MaxNameLength = 100;

    private ScheduledJob() { }

    public ScheduledJob(string name) => Name = name;

    public string Name { get; private set; } = "";

    /// <summary>The (UK) day the job last ran to the end; it does not run again that day.</summary>
    public DateOnly? LastCompletedOn { get; private set; }

    /// <summary>Which instance's run holds the lease, while <see cref="LeasedUntil"/> is in the future.</summary>
    public Guid? LeaseHolder { get; private set; }

    public DateTime? LeasedUntil { get; private set; }
}
