using AoPortal.Domain.Assessments;
using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Tests.Eligibility;

namespace AoPortal.Domain.Tests.Assessments;

/// <summary>An accepted candidate with an assessor, and the plan of an assessment starting on Monday 7 September 2026.</summary>
public static class AssessedCandidate
{
    public static readonly DateOnly Start = new(2026, 9, 7);
    public static readonly DateTime Now = new(2026, 9, 7, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Actor Assessor = new(Guid.Parse("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"), "Sam Assessor");
    public static readonly Actor Admin = SubmittedCandidate.Admin;
    public static readonly PlanTemplate Template = PlanTemplate.Default(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public static Candidate Accepted()
    {
        var candidate = new SubmittedCandidate().WithEveryRequirementMet().Accepted().Build();
        candidate.AllocateAssessor(Assessor.UserId!.Value, Assessor.Name, Admin, Now);
        return candidate;
    }

    public static (Candidate Candidate, AssessmentPlan Plan) Started(PlanTemplate? template = null)
    {
        var candidate = Accepted();
        var (plan, _) = candidate.StartAssessment(template ?? Template, Start, new AgeRange(11, 16), ["Mathematics"], Assessor, Now, Start);
        return (candidate, plan);
    }

    public static Milestone Named(this AssessmentPlan plan, string title) => plan.Milestones.Single(m => m.Title == title);
}
