using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Standards;

namespace AoPortal.Application.Features.SchoolLeads;

/// <summary>
/// Where a member of staff's assessment stands, from what their school lead may see: the plan, and the judged standards
/// evidenced by accepted portfolio items and shared records. Drafts and items awaiting review never reach it.
/// </summary>
public sealed record StaffProgress(CandidateStatus Status, AssessmentPlan? Plan, IReadOnlyList<string> EvidencedStandards, DateOnly Today)
{
    /// <summary>
    /// Works out the progress from the candidate's plan and the standards columns of their accepted items and shared
    /// records (<see cref="StandardsCoverage.Evidenced"/>): a page following many candidates reads those, not whole items.
    /// </summary>
    public static StaffProgress Of(CandidateStatus status, AssessmentPlan? plan, IEnumerable<string> acceptedItemStandards,
        IEnumerable<StandardJudgement> sharedRecordJudgements, DateOnly today) =>
        new(status, plan, StandardsCoverage.Evidenced(acceptedItemStandards, sharedRecordJudgements), today);

    /// <summary>The clock is running (or paused): the plan exists and no outcome has been proposed yet.</summary>
    public bool IsRunning => Plan is not null && Status is CandidateStatus.InAssessment or CandidateStatus.Deferred;

    public bool IsDeferred => Plan?.IsDeferred ?? false;

    /// <summary>The week of the assessment today, counting from 1; 0 before the start or without a plan.</summary>
    public int Week => Plan?.WeekOn(Today) ?? 0;

    /// <summary>The planned length in weeks (as the caseload shows it): "week 3 of 12".</summary>
    public int LengthWeeks => Plan is null ? 0 : (Plan.PlannedEndDate.DayNumber - Plan.StartDate.DayNumber) / 7;

    /// <summary>The next milestone not yet done, while the assessment runs.</summary>
    public Milestone? NextMilestone => IsRunning ? Plan!.NextMilestone : null;

    /// <summary>Milestones past their due date and not done, while the assessment runs (none while the clock is paused).</summary>
    public IReadOnlyList<Milestone> Overdue => IsRunning ? Plan!.Overdue(Today) : [];

    /// <summary>How many of the judged standards (TS1 to TS8 and Part Two) have at least one source of evidence.</summary>
    public int StandardsEvidenced => EvidencedStandards.Count;

    public int StandardsTotal => StandardsCatalogue.Current.Judged.Count;

    /// <summary>Coverage is worth showing once the assessment has a plan.</summary>
    public bool HasCoverage => Plan is not null;

    public string WeekText =>
        Plan is null ? (Status.HasBeenAccepted() ? "Not started" : "Not accepted yet")
        : !IsRunning ? "Finished"
        : IsDeferred ? "Paused (deferred)"
        : Week == 0 ? $"Starts {AssessmentPlan.Day(Plan.StartDate)}"
        : Week > LengthWeeks ? $"Week {Week} (past week {LengthWeeks})"
        : $"Week {Week} of {LengthWeeks}";

    public string CoverageText => HasCoverage ? $"{StandardsEvidenced} of {StandardsTotal} standards evidenced" : "Not started";
}
