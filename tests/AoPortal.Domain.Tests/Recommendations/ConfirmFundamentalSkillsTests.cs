using AoPortal.Domain.Candidates;
using AoPortal.Domain.Common;
using AoPortal.Domain.Eligibility;
using static AoPortal.Domain.Tests.Recommendations.RecommendedCandidate;

namespace AoPortal.Domain.Tests.Recommendations;

public class ConfirmFundamentalSkillsTests
{
    [Fact]
    public void The_builder_for_qts_already_has_fundamental_skills_judged_met_at_selection()
    {
        var @case = new RecommendedCandidate().Build();

        Assert.True(@case.Candidate.FundamentalSkillsConfirmed);
        Assert.Equal(JudgementOutcome.Met, @case.Candidate.Review.JudgementOf(EligibilityRequirement.FundamentalSkills)!.Outcome);
    }

    [Fact]
    public void Skills_waived_at_selection_are_confirmed_during_the_assessment()
    {
        var @case = new RecommendedCandidate().FundamentalSkillsToConfirm().Build();
        Assert.False(@case.Candidate.FundamentalSkillsConfirmed);
        var version = @case.Candidate.Version;

        var audit = @case.Candidate.ConfirmFundamentalSkills("  Functional skills level 2 certificates seen  ", Admin, Now);

        Assert.True(@case.Candidate.FundamentalSkillsConfirmed);
        var judgement = @case.Candidate.Review.JudgementOf(EligibilityRequirement.FundamentalSkills)!;
        Assert.Equal((JudgementOutcome.Met, "Functional skills level 2 certificates seen", "Alex Admin", Admin.UserId, Now),
            (judgement.Outcome, judgement.Rationale, judgement.JudgedByName, judgement.JudgedById, judgement.JudgedAt));
        Assert.Equal(("Fundamental English and maths confirmed", "Functional skills level 2 certificates seen", @case.Candidate.Id),
            (audit.Action, audit.Detail, audit.SubjectId));
        Assert.NotEqual(version, @case.Candidate.Version);
        Assert.Equal(CandidateStatus.InAssessment, @case.Candidate.Status);
    }

    [Fact]
    public void A_note_is_optional()
    {
        var @case = new RecommendedCandidate().FundamentalSkillsToConfirm().Build();

        var audit = @case.Candidate.ConfirmFundamentalSkills("  ", Admin, Now);

        Assert.True(@case.Candidate.FundamentalSkillsConfirmed);
        Assert.Null(audit.Detail);
    }

    [Fact]
    public void A_note_is_at_most_2000_characters()
    {
        var @case = new RecommendedCandidate().FundamentalSkillsToConfirm().Build();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ConfirmFundamentalSkills(new string('n', 2001), Admin, Now));

        Assert.Equal("The note must be 2000 characters or fewer", error.Message);
        Assert.False(@case.Candidate.FundamentalSkillsConfirmed);
    }

    [Fact]
    public void Skills_already_met_are_not_confirmed_again()
    {
        var @case = new RecommendedCandidate().Build();

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ConfirmFundamentalSkills(null, Admin, Now));

        Assert.Equal("Fundamental English and maths are already confirmed", error.Message);
    }

    [Fact]
    public void Skills_confirmed_once_during_the_assessment_are_not_confirmed_twice()
    {
        var @case = new RecommendedCandidate().FundamentalSkillsToConfirm().Build();
        @case.Candidate.ConfirmFundamentalSkills(null, Admin, Now);

        var error = Assert.Throws<DomainRuleException>(() => @case.Candidate.ConfirmFundamentalSkills(null, Admin, Now));

        Assert.Equal("Fundamental English and maths are already confirmed", error.Message);
    }

    [Fact]
    public void Skills_can_be_confirmed_while_the_assessment_is_deferred()
    {
        var @case = new RecommendedCandidate().FundamentalSkillsToConfirm().Build();
        @case.Candidate.Defer(@case.Plan, Today, "Illness", Assessor, Now, Today);

        @case.Candidate.ConfirmFundamentalSkills(null, Admin, Now);

        Assert.True(@case.Candidate.FundamentalSkillsConfirmed);
        Assert.Equal(CandidateStatus.Deferred, @case.Candidate.Status);
    }

    [Theory]
    [InlineData(CandidateStatus.ApplicationDraft)]
    [InlineData(CandidateStatus.Submitted)]
    [InlineData(CandidateStatus.Accepted)]
    [InlineData(CandidateStatus.RecommendationPending)]
    [InlineData(CandidateStatus.NotRecommended)]
    [InlineData(CandidateStatus.Withdrawn)]
    public void Skills_are_confirmed_here_only_during_the_assessment(CandidateStatus status)
    {
        var candidate = CandidateWithdrawTests.InStatus(status);

        var error = Assert.Throws<DomainRuleException>(() => candidate.ConfirmFundamentalSkills(null, Admin, Now));

        Assert.Equal("Fundamental English and maths are confirmed here only during the assessment", error.Message);
    }

    [Fact]
    public void An_accepted_candidate_with_skills_waived_is_refused_before_the_assessment_starts()
    {
        var candidate = new RecommendedCandidate().FundamentalSkillsToConfirm().Accepted();

        var error = Assert.Throws<DomainRuleException>(() => candidate.ConfirmFundamentalSkills(null, Admin, Now));

        Assert.Equal("Fundamental English and maths are confirmed here only during the assessment", error.Message);
        Assert.False(candidate.FundamentalSkillsConfirmed);
        Assert.Equal(JudgementOutcome.Waived, candidate.Review.JudgementOf(EligibilityRequirement.FundamentalSkills)!.Outcome);
    }
}
