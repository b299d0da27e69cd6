using System.Globalization;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;

namespace AoPortal.Domain.Assessments;

/// <summary>
/// A candidate's assessment plan: the agreed start, the end date, the milestones with their due dates, and any
/// extensions and deferrals. Generated from the provider's <see cref="PlanTemplate"/>; every change returns its audit entry.
/// </summary>
public sealed class AssessmentPlan
{
    /// <summary>How far back an assessment may be recorded as having started, for one agreed before it was entered.</summary>
    public const int LatestStartDaysAgo = 28;

    /// <summary>How far ahead a start date may be agreed.</summary>
    public const int EarliestStartDaysAhead = 183;

    private List<Milestone> _milestones = [];
    private List<PlanExtension> _extensions = [];
    private List<Deferral> _deferrals = [];
    private IReadOnlyList<string> _subjects = [];

    private AssessmentPlan() { }

    public Guid Id { get; private set; }
    public Guid CandidateId { get; private set; }
    public DateOnly StartDate { get; private set; }

    /// <summary>The end the template gave: start plus its length.</summary>
    public DateOnly PlannedEndDate { get; private set; }

    /// <summary>The end now, after extensions and the days the clock was paused.</summary>
    public DateOnly EndDate { get; private set; }

    public AgeRange AgeRange { get; private set; }
    public AssessmentPhase Phase => AgeRange.Phase;
    public IReadOnlyList<string> Subjects => _subjects;
    public int TemplateVersion { get; private set; }
    public int MaxExtensionWeeks { get; private set; }
    public int MaxDeferralDays { get; private set; }

    /// <summary>Milestones in the order they were added (EF keys JSON list items by position); read them by due date.</summary>
    public IReadOnlyList<Milestone> Milestones => _milestones.OrderBy(m => m.DueDate).ThenBy(m => m.Title, StringComparer.Ordinal).ToList();

    public IReadOnlyList<PlanExtension> Extensions => _extensions;
    public IReadOnlyList<Deferral> Deferrals => _deferrals;
    public Guid Version { get; private set; }

    public Deferral? OpenDeferral => _deferrals.Find(d => d.ReinstatedOn is null);
    public bool IsDeferred => OpenDeferral is not null;

    /// <summary>
    /// Makes the plan for an assessment starting on the agreed date, for the age range and subjects the assessor confirmed,
    /// with the template's milestones due the given number of weeks after the start. <see cref="Candidate.StartAssessment"/>
    /// makes it and moves the candidate into assessment, in one step.
    /// </summary>
    internal static AssessmentPlan Create(Guid candidateId, PlanTemplate template, DateOnly startDate, AgeRange? ageRange, IReadOnlyList<string> subjects, DateOnly today)
    {
        if (startDate < today.AddDays(-LatestStartDaysAgo))
            throw new DomainRuleException($"The start date must be no more than {LatestStartDaysAgo / 7} weeks ago", nameof(StartDate));
        if (startDate > today.AddDays(EarliestStartDaysAhead))
            throw new DomainRuleException("The start date must be within the next 6 months", nameof(StartDate));
        var range = ageRange ?? throw new DomainRuleException("Select the age range the candidate will be assessed for", nameof(AgeRange));

        var end = startDate.AddDays(7 * template.LengthWeeks);
        var plan = new AssessmentPlan
        {
            Id = Guid.NewGuid(),
            CandidateId = candidateId,
            StartDate = startDate,
            PlannedEndDate = end,
            EndDate = end,
            AgeRange = range,
            _subjects = AssessedSubjects.Checked(range, subjects),
            TemplateVersion = template.Version,
            MaxExtensionWeeks = template.MaxExtensionWeeks,
            MaxDeferralDays = template.MaxDeferralDays,
            _milestones = template.Milestones.Select(m => new Milestone(Guid.NewGuid(), m.Kind, m.Title, startDate.AddDays(7 * m.WeekOffset))).ToList(),
            Version = Guid.NewGuid(),
        };
        return plan;
    }

    /// <summary>The plan in words, for the audit trail.</summary>
    public string Summary =>
        $"Starts {Day(StartDate)}, ends {Day(EndDate)}; age range {AgeRange}{(Subjects.Count == 0 ? "" : $", {string.Join(", ", Subjects)}")}; plan template version {TemplateVersion}";

    /// <summary>Where a milestone stands today: done, overdue, due, or paused while the candidate is deferred.</summary>
    public MilestoneState StateOf(Milestone milestone, DateOnly today)
    {
        if (milestone.IsDone) return MilestoneState.Done;
        if (OpenDeferral is { } paused && milestone.DueDate >= paused.PausedOn) return MilestoneState.Paused;
        return milestone.DueDate < today ? MilestoneState.Overdue : MilestoneState.Due;
    }

    public IReadOnlyList<Milestone> Overdue(DateOnly today) => Milestones.Where(m => StateOf(m, today) == MilestoneState.Overdue).ToList();

    /// <summary>The first milestone not yet done, overdue ones first by date.</summary>
    public Milestone? NextMilestone => Milestones.FirstOrDefault(m => !m.IsDone);

    /// <summary>
    /// The week of the assessment a day falls in, counting from 1 and leaving out the days the clock was paused;
    /// 0 before the start.
    /// </summary>
    public int WeekOn(DateOnly today)
    {
        if (today < StartDate) return 0;
        var paused = _deferrals.Sum(d => d.ReinstatedOn is null
            ? Math.Max(0, today.DayNumber - d.PausedOn.DayNumber)
            : Math.Min(d.DaysPaused, Math.Max(0, today.DayNumber - d.PausedOn.DayNumber)));
        return (today.DayNumber - StartDate.DayNumber - paused) / 7 + 1;
    }

    /// <summary>Whether the clock was paused by a deferral on a day (from the day it was deferred until the day before reinstatement).</summary>
    public bool PausedOn(DateOnly date) =>
        _deferrals.Any(d => date >= d.PausedOn && (d.ReinstatedOn is not { } back || date < back));

    /// <summary>How many weeks the plan runs, from the start to the end date as it is now; a part week counts.</summary>
    public int Weeks => Math.Max(1, (EndDate.DayNumber - StartDate.DayNumber + 6) / 7);

    /// <summary>Days from today to the end date; negative once it has passed.</summary>
    public int DaysLeft(DateOnly today) => EndDate.DayNumber - today.DayNumber;

    public AuditEntry Reschedule(Guid milestoneId, DateOnly dueDate, Actor actor, DateTime now)
    {
        var milestone = Find(milestoneId);
        if (milestone.IsDone) throw new DomainRuleException($"{milestone.Title} is already done, so it cannot be rescheduled");
        EnsureWithinPlan(dueDate, "The new due date");
        var previous = milestone.DueDate;
        milestone.MoveTo(dueDate);
        return Changed(actor, now, "Milestone rescheduled", $"{milestone.Title}: from {Day(previous)} to {Day(dueDate)}");
    }

    public (Milestone Milestone, AuditEntry Audit) AddMilestone(MilestoneKind kind, string title, DateOnly dueDate, Actor actor, DateTime now)
    {
        EnsureWithinPlan(dueDate, "The due date");
        var milestone = new Milestone(Guid.NewGuid(), kind, title, dueDate);
        _milestones.Add(milestone);
        return (milestone, Changed(actor, now, "Milestone added", $"{milestone.Title}, due {Day(dueDate)}"));
    }

    public AuditEntry CompleteMilestone(Guid milestoneId, DateOnly completedOn, string? note, Actor actor, DateTime now, DateOnly today)
    {
        var milestone = Find(milestoneId);
        if (milestone.IsDone) throw new DomainRuleException($"{milestone.Title} is already marked as done");
        if (completedOn < StartDate) throw new DomainRuleException($"The date it was done must be on or after the start, {Day(StartDate)}", "CompletedOn");
        if (completedOn > today) throw new DomainRuleException("The date it was done must be today or in the past", "CompletedOn");
        milestone.Complete(completedOn, actor.Name, Guard.Optional(note, 1000, "Note"));
        return Changed(actor, now, "Milestone done", $"{milestone.Title}, on {Day(completedOn)}");
    }

    /// <summary>
    /// Moves the end date later, with the reason and who approved it. In total, extensions may go at most the template's
    /// limit past the planned end (after any time paused).
    /// </summary>
    public AuditEntry Extend(DateOnly newEndDate, string reason, string approvedBy, Actor actor, DateTime now)
    {
        if (IsDeferred) throw new DomainRuleException("Reinstate the assessment before extending it");
        var why = Guard.Required(reason, "Enter the reason for the extension", 1000);
        var approver = Guard.Required(approvedBy, "Enter who approved the extension", 100);
        if (newEndDate <= EndDate) throw new DomainRuleException($"The new end date must be after the current end date, {Day(EndDate)}", "NewEndDate");
        var latest = PlannedEndDate.AddDays(_deferrals.Sum(d => d.DaysPaused) + 7 * MaxExtensionWeeks);
        if (newEndDate > latest)
            throw new DomainRuleException($"Extensions can take the assessment to {Day(latest)} at the latest: {MaxExtensionWeeks} weeks past its planned end", "NewEndDate");
        _extensions.Add(new PlanExtension(EndDate, newEndDate, why, approver, actor.Name, Guard.Utc(now)));
        var previous = EndDate;
        EndDate = newEndDate;
        return Changed(actor, now, "Assessment extended", $"End date from {Day(previous)} to {Day(newEndDate)}, approved by {approver}. {why}");
    }

    /// <summary>
    /// Pauses the clock from a day; nothing falls overdue while paused. Called by <see cref="Candidate.Defer"/>, which
    /// defers the candidate too; returns what happened in words.
    /// </summary>
    internal string Defer(DateOnly pausedOn, string reason, Actor actor, DateOnly today)
    {
        if (IsDeferred) throw new DomainRuleException("The assessment is already deferred");
        var why = Guard.Required(reason, "Enter the reason for deferring the assessment", 1000);
        if (pausedOn < StartDate) throw new DomainRuleException($"The deferral must start on or after the start date, {Day(StartDate)}", "PausedOn");
        if (pausedOn > today) throw new DomainRuleException("The deferral must start today or in the past", "PausedOn");
        if (pausedOn > EndDate) throw new DomainRuleException($"The deferral must start on or before the end date, {Day(EndDate)}", "PausedOn");
        _deferrals.Add(new Deferral(pausedOn, why, actor.Name));
        Version = Guid.NewGuid();
        return $"Clock paused from {Day(pausedOn)}. {why}";
    }

    /// <summary>
    /// Restarts the clock: the milestones not yet done that were due on or after the pause, and the end date, move later by
    /// the days paused. Deferrals may add up to the template's limit. Called by <see cref="Candidate.Reinstate"/>; returns
    /// what happened in words.
    /// </summary>
    internal string Reinstate(DateOnly reinstatedOn, DateOnly today)
    {
        var open = OpenDeferral ?? throw new DomainRuleException("The assessment is not deferred");
        if (reinstatedOn < open.PausedOn) throw new DomainRuleException($"The assessment must be reinstated on or after {Day(open.PausedOn)}, when it was deferred", "ReinstatedOn");
        if (reinstatedOn > today) throw new DomainRuleException("The reinstatement date must be today or in the past", "ReinstatedOn");
        var closed = open with { ReinstatedOn = reinstatedOn };
        var total = _deferrals.Where(d => d != open).Sum(d => d.DaysPaused) + closed.DaysPaused;
        if (total > MaxDeferralDays)
            throw new DomainRuleException($"Deferrals can pause an assessment for {MaxDeferralDays} days in total; this would make {total}", "ReinstatedOn");

        var days = closed.DaysPaused;
        foreach (var milestone in _milestones.Where(m => !m.IsDone && m.DueDate >= open.PausedOn)) milestone.MoveTo(milestone.DueDate.AddDays(days));
        EndDate = EndDate.AddDays(days);
        _deferrals[_deferrals.IndexOf(open)] = closed;
        Version = Guid.NewGuid();
        return $"Paused {days} {(days == 1 ? "day" : "days")}; the remaining milestones and the end date ({Day(EndDate)}) moved by as much";
    }

    public static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private Milestone Find(Guid milestoneId) =>
        _milestones.Find(m => m.Id == milestoneId) ?? throw new DomainRuleException("That milestone is not in this plan");

    private void EnsureWithinPlan(DateOnly date, string what)
    {
        if (date < StartDate || date > EndDate)
            throw new DomainRuleException($"{what} must be between the start, {Day(StartDate)}, and the end, {Day(EndDate)}", "DueDate");
    }

    /// <summary>Plan changes are audited on the candidate, so they appear in the candidate's timeline.</summary>
    private AuditEntry Changed(Actor actor, DateTime now, string action, string detail)
    {
        Version = Guid.NewGuid();
        return AuditEntry.Record(actor, now, nameof(Candidate), CandidateId, action, detail);
    }
}
