namespace AoPortal.Domain.Notifications;

/// <summary>
/// When the daily job reminds people of something. One-off reminders (a milestone or a request coming up, the end of the
/// assessment drawing near) are sent once, on the first run inside their window, so a day the job missed is caught up the
/// next; repeating ones (a milestone overdue, a school's support not yet confirmed) come back weekly rather than daily,
/// so a reminder people have not acted on yet stays a nudge and does not become noise.
/// </summary>
public static class ReminderSchedule
{
    /// <summary>A milestone or an evidence request is mentioned from this many days before it is due.</summary>
    public const int DueSoonDays = 3;

    /// <summary>The end of the assessment is mentioned from this many days before it.</summary>
    public const int EndingSoonDays = 14;

    /// <summary>A school lead is first reminded of an application waiting for their support this many days after it was submitted.</summary>
    public const int SupportFirstAfterDays = 3;

    /// <summary>Days between repeats of an overdue milestone or of support still outstanding.</summary>
    public const int RepeatDays = 7;

    /// <summary>Due between today and <see cref="DueSoonDays"/> days ahead, inclusive.</summary>
    public static bool IsDueSoon(DateOnly due, DateOnly today) => due >= today && due.DayNumber - today.DayNumber <= DueSoonDays;

    /// <summary>Ends after today and within <see cref="EndingSoonDays"/> days.</summary>
    public static bool IsEndingSoon(DateOnly end, DateOnly today) => end > today && end.DayNumber - today.DayNumber <= EndingSoonDays;

    /// <summary>The day after it was due, then weekly while it stays overdue.</summary>
    public static bool RemindOverdueOn(DateOnly due, DateOnly today) => Repeats(due.AddDays(1), today);

    /// <summary><see cref="SupportFirstAfterDays"/> days after the application was submitted, then weekly while support is outstanding.</summary>
    public static bool RemindSupportOn(DateOnly submittedOn, DateOnly today) => Repeats(submittedOn.AddDays(SupportFirstAfterDays), today);

    private static bool Repeats(DateOnly first, DateOnly today) => today >= first && (today.DayNumber - first.DayNumber) % RepeatDays == 0;
}
