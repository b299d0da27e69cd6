namespace AoPortal.Domain.Assessments;

/// <summary>An approved extension: the end date it replaced, the new one, why, and who approved it.</summary>
public sealed record PlanExtension(DateOnly PreviousEndDate, DateOnly NewEndDate, string Reason, string ApprovedBy, string RecordedByName, DateTime RecordedAt);

/// <summary>A pause in the assessment clock. Open (no reinstatement date) while the candidate is deferred.</summary>
public sealed record Deferral(DateOnly PausedOn, string Reason, string RecordedByName, DateOnly? ReinstatedOn = null)
{
    public int DaysPaused => ReinstatedOn is { } back ? back.DayNumber - PausedOn.DayNumber : 0;
}
