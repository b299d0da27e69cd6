using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;

namespace AoPortal.Domain.Tests.Eligibility;

public sealed class ReviewBoundaryTests
{
    [Fact]
    public void Accepting_a_draft_is_refused_by_the_lifecycle_before_the_requirements_are_counted()
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();

        var error = Assert.Throws<DomainRuleException>(() =>
            candidate.Accept(SubmittedCandidate.Policy, SubmittedCandidate.Assessor, SubmittedCandidate.Now, SubmittedCandidate.Today));

        Assert.Equal("Application accepted is not possible while the candidate's status is application in progress", error.Message);
        Assert.Equal(CandidateStatus.ApplicationDraft, candidate.Status);
    }

    [Fact]
    public void Moving_to_another_school_withdraws_the_old_schools_confirmation_of_support()
    {
        var candidate = new SubmittedCandidate().WithSchoolSupport().Returned().Build();
        Assert.NotNull(candidate.Review.SchoolSupport);

        candidate.SaveSchoolSupport(Guid.NewGuid(), null);

        Assert.Null(candidate.Review.SchoolSupport);
        Assert.Null(candidate.Review.JudgementOf(EligibilityRequirement.SchoolSupport));
    }

    [Fact]
    public void Confirming_the_same_school_keeps_its_confirmation_of_support()
    {
        var candidate = new SubmittedCandidate().WithSchoolSupport().Returned().Build();

        candidate.SaveSchoolSupport(candidate.EmployingSchoolId, null);

        Assert.NotNull(candidate.Review.SchoolSupport);
        Assert.True(candidate.Review.JudgementOf(EligibilityRequirement.SchoolSupport)!.Passes);
    }

    [Fact]
    public void A_DBS_number_of_more_than_12_digits_is_refused_on_its_field()
    {
        var error = Assert.Throws<DomainRuleException>(() =>
            new SafeguardingChecks("1234567890123", new DateOnly(2025, 3, 27), "Alex Admin", new DateOnly(2025, 3, 27), null, SubmittedCandidate.Today));

        Assert.Equal("The DBS certificate number must be 12 digits", error.Message);
        Assert.Equal(nameof(SafeguardingChecks.DbsCertificateNumber), error.Field);
    }

    [Fact]
    public void School_support_shows_as_met_with_the_mentor_once_the_school_lead_confirms_it()
    {
        var before = new SubmittedCandidate().Build();
        var after = new SubmittedCandidate().WithSchoolSupport().Build();

        var waiting = EligibilityEvaluator.Evaluate(EligibilityRequirement.SchoolSupport, before, SubmittedCandidate.Policy, SubmittedCandidate.Today);
        var confirmed = EligibilityEvaluator.Evaluate(EligibilityRequirement.SchoolSupport, after, SubmittedCandidate.Policy, SubmittedCandidate.Today);

        Assert.Equal(ComputedStatus.NeedsReview, waiting.Status);
        Assert.Equal(ComputedStatus.Met, confirmed.Status);
        Assert.Contains($"mentor in school: {after.Review.SchoolSupport!.MentorName}", confirmed.Reason);
    }

    [Fact]
    public void Recorded_safeguarding_checks_are_described_but_still_need_the_providers_judgement()
    {
        var candidate = new SubmittedCandidate().WithSafeguardingChecks().Build();

        var result = EligibilityEvaluator.Evaluate(EligibilityRequirement.Safeguarding, candidate, SubmittedCandidate.Policy, SubmittedCandidate.Today);

        Assert.Equal(ComputedStatus.NeedsReview, result.Status);
        Assert.StartsWith("Checks recorded: DBS certificate issued ", result.Reason);
        Assert.DoesNotContain(candidate.Review.Safeguarding!.DbsCertificateNumber, result.Reason);
    }
}
