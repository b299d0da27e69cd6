using AoPortal.Application.Abstractions;
using AoPortal.Application.Common;
using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Evidence;
using AoPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace AoPortal.Application.Features.Notifications;

/// <summary>
/// The reminders due on a day (<see cref="ReminderSchedule"/> says when): a milestone due soon, to the candidate and their
/// assessor (moderation to the assessor alone); a milestone overdue, to the assessor, who marks it done or moves it; more
/// evidence asked for by a date coming up, to the candidate; the assessment ending soon, to both; an application waiting
/// for its school's support, to the school's leads. Four queries, however many candidates.
/// </summary>
public static class DueReminders
{
    public sealed class Handler(IAppDbContext db, IUserAccounts accounts)
    {
        public async Task<IReadOnlyList<Reminder>> Handle(DateOnly today, CancellationToken cancellationToken)
        {
            var reminders = new List<Reminder>();
            await AddAssessmentRemindersAsync(reminders, today, cancellationToken);
            await AddSupportRemindersAsync(reminders, today, cancellationToken);
            return reminders;
        }

        private async Task AddAssessmentRemindersAsync(List<Reminder> reminders, DateOnly today, CancellationToken cancellationToken)
        {
            var running = await db.Candidates.AsNoTracking()
                .Where(c => c.Status == CandidateStatus.InAssessment)
                .Join(db.AssessmentPlans.AsNoTracking(), c => c.Id, p => p.CandidateId,
                    (c, p) => new Running(c.Id, c.UserId, c.FirstNames + " " + c.LastName, c.AssessorId, p))
                .ToListAsync(cancellationToken);
            foreach (var candidate in running.Where(r => !r.Plan.IsDeferred))
            {
                AddMilestoneReminders(reminders, candidate, today);
                AddEndingReminders(reminders, candidate, today);
            }

            var requests = await db.EvidenceItems.AsNoTracking()
                .Where(i => i.Status == EvidenceStatus.MoreRequested)
                .Join(db.Candidates.AsNoTracking().Where(c => c.Status == CandidateStatus.InAssessment), i => i.CandidateId, c => c.Id,
                    (i, c) => new { Item = i, c.UserId })
                .ToListAsync(cancellationToken);
            foreach (var request in requests)
            {
                if (request.Item.Reviews[^1].DueBy is not { } due || !ReminderSchedule.IsDueSoon(due, today)) continue;
                reminders.Add(new Reminder(request.UserId, $"evidence-due:{request.Item.Id}:{Iso(due)}",
                    $"Reminder: more evidence for “{request.Item.Title}” is due by {Day(due)}",
                    $"Your assessor asked for more on “{request.Item.Title}” by {Day(due)}. Their feedback is with the item in your portfolio.",
                    $"/candidates/{request.Item.CandidateId}/evidence/{request.Item.Id}"));
            }
        }

        private static void AddMilestoneReminders(List<Reminder> reminders, Running candidate, DateOnly today)
        {
            var planLink = $"/candidates/{candidate.Id}/assessment";
            foreach (var milestone in candidate.Plan.Milestones)
            {
                var state = candidate.Plan.StateOf(milestone, today);
                var due = Day(milestone.DueDate);
                if (state == MilestoneState.Due && ReminderSchedule.IsDueSoon(milestone.DueDate, today))
                {
                    var key = $"milestone-due:{milestone.Id}:{Iso(milestone.DueDate)}";
                    if (milestone.Kind != MilestoneKind.Moderation)
                        reminders.Add(new Reminder(candidate.UserId, key, $"Reminder: {milestone.Title} is due on {due}",
                            $"{milestone.Title} is due on {due}, in your assessment plan. Your assessor will be in touch about the arrangements if they have not been already.", planLink));
                    if (candidate.AssessorId is { } assessor)
                        reminders.Add(new Reminder(assessor, key, $"Reminder: {milestone.Title} for {candidate.FullName} is due on {due}",
                            $"{milestone.Title} for {candidate.FullName} is due on {due}. Mark it done on the plan once it has happened.", planLink));
                }
                else if (state == MilestoneState.Overdue && ReminderSchedule.RemindOverdueOn(milestone.DueDate, today) && candidate.AssessorId is { } assessor)
                {
                    reminders.Add(new Reminder(assessor, $"milestone-overdue:{milestone.Id}:{Iso(today)}",
                        $"Overdue: {milestone.Title} for {candidate.FullName} was due on {due}",
                        $"{milestone.Title} for {candidate.FullName} was due on {due} and is not marked done. If it has happened, mark it done on the plan; if not, reschedule it.", planLink));
                }
            }
        }

        private static void AddEndingReminders(List<Reminder> reminders, Running candidate, DateOnly today)
        {
            var end = candidate.Plan.EndDate;
            if (!ReminderSchedule.IsEndingSoon(end, today)) return;
            var key = $"assessment-ending:{candidate.Id}:{Iso(end)}";
            var coverage = $"/candidates/{candidate.Id}/coverage";
            reminders.Add(new Reminder(candidate.UserId, key, $"Your assessment ends on {Day(end)}",
                $"Your assessment ends on {Day(end)}. The standards coverage map shows where your evidence stands against each standard.", coverage));
            if (candidate.AssessorId is { } assessor)
                reminders.Add(new Reminder(assessor, key, $"{candidate.FullName}’s assessment ends on {Day(end)}",
                    $"{candidate.FullName}’s assessment ends on {Day(end)}. The standards coverage map shows where their evidence stands; final judgements follow the last milestones.", coverage));
        }

        private async Task AddSupportRemindersAsync(List<Reminder> reminders, DateOnly today, CancellationToken cancellationToken)
        {
            var waiting = await db.Candidates.AsNoTracking()
                .Where(c => (c.Status == CandidateStatus.Submitted || c.Status == CandidateStatus.EligibilityReview)
                    && c.Review.SchoolSupport == null && c.EmployingSchoolId != null && c.Application.SubmittedAt != null)
                .Select(c => new { c.Id, FullName = c.FirstNames + " " + c.LastName, SchoolId = c.EmployingSchoolId!.Value, SubmittedAt = c.Application.SubmittedAt!.Value })
                .ToListAsync(cancellationToken);
            var due = waiting.Where(c => ReminderSchedule.RemindSupportOn(UkDate.Of(c.SubmittedAt), today)).ToList();
            if (due.Count == 0) return;

            var leads = await accounts.SchoolLeadIdsAsync(due.Select(c => c.SchoolId).Distinct().ToList(), cancellationToken);
            foreach (var candidate in due)
            foreach (var lead in leads[candidate.SchoolId])
            {
                reminders.Add(new Reminder(lead, $"support:{candidate.Id}:{Iso(today)}",
                    $"Waiting for you: confirm your school’s support for {candidate.FullName}",
                    $"{candidate.FullName} applied for Qualified Teacher Status on {Day(UkDate.Of(candidate.SubmittedAt))}. Their application cannot be accepted until their school confirms its support.",
                    $"/school/candidates/{candidate.Id}/support"));
            }
        }

        private static string Day(DateOnly date) => AssessmentPlan.Day(date);

        private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Running(Guid Id, Guid UserId, string FullName, Guid? AssessorId, AssessmentPlan Plan);
}
