using AoPortal.Domain.Candidates;
using AoPortal.Domain.Eligibility;
using static AoPortal.Domain.Tests.Eligibility.SubmittedCandidate;

namespace AoPortal.Domain.Tests.Eligibility;

/// <summary>
/// After a return the candidate may change any answer, so judgements made on their answers do not carry over to the
/// resubmission; the provider's own checks and the school's confirmation do.
/// </summary>
public class ResubmissionTests
{
    private static Candidate JudgedThenReturned() =>
        new SubmittedCandidate().WithEveryRequirementMet().Returned().Build();

    [Fact]
    public void Resubmitting_clears_the_judgements_that_rest_on_the_answers()
    {
        var candidate = JudgedThenReturned();

        var audit = candidate.Submit(Applicant, Now);

        foreach (var requirement in Enum.GetValues<EligibilityRequirement>().Where(r => r.RestsOnAnswers()))
            Assert.Null(candidate.Review.JudgementOf(requirement));
        Assert.EndsWith("Judgements of the answers cleared for the provider to judge again", audit.Detail);
    }

    [Fact]
    public void Resubmitting_keeps_the_providers_own_checks_and_the_schools_confirmation()
    {
        var candidate = JudgedThenReturned();

        candidate.Submit(Applicant, Now);

        Assert.Equal(
            [EligibilityRequirement.FundamentalSkills, EligibilityRequirement.Suitability, EligibilityRequirement.Safeguarding,
                EligibilityRequirement.ReadyNow, EligibilityRequirement.SchoolSupport],
            candidate.Review.Judgements.Select(j => j.Requirement));
        Assert.NotNull(candidate.Review.Safeguarding);
        Assert.NotNull(candidate.Review.SchoolSupport);
    }

    [Fact]
    public void A_resubmitted_application_cannot_be_accepted_until_the_answers_are_judged_again()
    {
        var candidate = JudgedThenReturned();
        candidate.Submit(Applicant, Now);

        var error = Assert.Throws<AoPortal.Domain.Common.DomainRuleException>(() => candidate.Accept(Policy, Assessor, Now, Today));

        Assert.StartsWith("These requirements are not yet met or waived: degree, GCSE English or equivalent", error.Message);
    }

    [Fact]
    public void A_first_submission_says_nothing_about_clearing()
    {
        var candidate = new SubmittedCandidate().NotSubmitted().Build();

        var audit = candidate.Submit(Applicant, Now);

        Assert.Equal("Application in progress to Application submitted", audit.Detail);
    }

    [Theory]
    [InlineData(EligibilityRequirement.Degree, true)]
    [InlineData(EligibilityRequirement.GcseEnglish, true)]
    [InlineData(EligibilityRequirement.GcseMaths, true)]
    [InlineData(EligibilityRequirement.GcseScience, true)]
    [InlineData(EligibilityRequirement.FitnessToTeach, true)]
    [InlineData(EligibilityRequirement.TwoSchools, true)]
    [InlineData(EligibilityRequirement.Experience, true)]
    [InlineData(EligibilityRequirement.AgeRange, true)]
    [InlineData(EligibilityRequirement.FundamentalSkills, false)]
    [InlineData(EligibilityRequirement.Suitability, false)]
    [InlineData(EligibilityRequirement.Safeguarding, false)]
    [InlineData(EligibilityRequirement.ReadyNow, false)]
    [InlineData(EligibilityRequirement.SchoolSupport, false)]
    public void Each_requirement_is_known_to_rest_on_the_answers_or_not(EligibilityRequirement requirement, bool restsOnAnswers) =>
        Assert.Equal(restsOnAnswers, requirement.RestsOnAnswers());
}
